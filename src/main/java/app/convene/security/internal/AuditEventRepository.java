package app.convene.security.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("select e from AuditEvent e order by e.occurredAt desc, e.id desc")
    Slice<AuditEvent> findNewestFirst(Pageable pageable);
}
