package app.convene.notifications.internal;

import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Query("select n from Notice n where n.personId = :personId order by n.createdAt desc, n.id desc")
    Slice<Notice> findFor(long personId, Pageable pageable);

    @Query("select n from Notice n where n.personId = :personId and n.readAt is null order by n.createdAt desc, n.id desc")
    Slice<Notice> findUnreadFor(long personId, Pageable pageable);

    long countByPersonIdAndReadAtIsNull(long personId);

    @Modifying
    @Query("update Notice n set n.readAt = :now where n.personId = :personId and n.readAt is null")
    int markRead(long personId, Instant now);

    @Modifying
    @Query("update Notice n set n.readAt = :now where n.id = :id and n.personId = :personId and n.readAt is null")
    int markOneRead(long id, long personId, Instant now);

    @Query("select n.personId from Notice n where n.id = :id")
    java.util.Optional<Long> ownerOf(long id);
}
