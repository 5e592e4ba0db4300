package app.convene.workgroups.internal;

import app.convene.workgroups.JoinRequestStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    @Query("""
            select r from JoinRequest r where r.workgroupId = :workgroupId and r.status = :status
            order by r.createdAt, r.id""")
    Slice<JoinRequest> findByStatus(long workgroupId, JoinRequestStatus status, Pageable pageable);

    Optional<JoinRequest> findByWorkgroupIdAndPersonIdAndStatus(long workgroupId, long personId, JoinRequestStatus status);

    List<JoinRequest> findByPersonIdAndStatus(long personId, JoinRequestStatus status);

    long countByWorkgroupIdAndStatus(long workgroupId, JoinRequestStatus status);
}
