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

    /** People with a pending or approved registration in the initiative (related to it). */
    @Query("""
            select distinct r.personId from Registration r where r.initiativeId = :initiativeId
              and r.personId is not null and r.status in (app.convene.stakeholders.RegistrationStatus.PENDING,
                  app.convene.stakeholders.RegistrationStatus.APPROVED)""")
    List<Long> registeredPeople(long initiativeId);

    @Query("""
            select count(r) > 0 from Registration r where r.initiativeId = :initiativeId and r.personId = :personId
              and r.status in (app.convene.stakeholders.RegistrationStatus.PENDING,
                  app.convene.stakeholders.RegistrationStatus.APPROVED)""")
    boolean registered(long initiativeId, long personId);
}
