package app.convene.workgroups.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NoteRepository extends JpaRepository<Note, Long> {

    @Query("select n from Note n where n.workgroupId = :workgroupId order by n.noteDate desc, n.id desc")
    Slice<Note> findByWorkgroup(long workgroupId, Pageable pageable);
}
