package app.convene.stakeholders.internal;

import app.convene.stakeholders.RegistrationStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByInitiativeIdAndEmailKey(long initiativeId, String emailKey);

    Optional<Registration> findByInitiativeIdAndPersonId(long initiativeId, long personId);

    List<Registration> findByPersonId(long personId);

    @Query("""
            select r from Registration r left join fetch r.organization
            where r.initiativeId = :initiativeId and r.status = :status
            order by r.createdAt, r.id""")
    Slice<Registration> findByStatus(long initiativeId, RegistrationStatus status, Pageable pageable);

    long countByInitiativeIdAndStatus(long initiativeId, RegistrationStatus status);
}
