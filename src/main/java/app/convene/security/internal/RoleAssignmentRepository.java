package app.convene.security.internal;

import app.convene.security.InitiativeRole;
import app.convene.security.RoleAssignmentItem;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    @Query("select r.role from RoleAssignment r where r.person.id = :personId and r.initiativeId = :initiativeId")
    List<InitiativeRole> rolesOf(long personId, long initiativeId);

    boolean existsByPersonIdAndRole(long personId, InitiativeRole role);

    @Query("select distinct r.person.id from RoleAssignment r where r.initiativeId = :initiativeId")
    List<Long> peopleOf(long initiativeId);

    List<RoleAssignment> findByPersonId(long personId);

    @Query("""
            select distinct r.person.email from RoleAssignment r
            where r.initiativeId = :initiativeId and r.role = :role and r.person.email is not null""")
    List<String> emailsOf(long initiativeId, InitiativeRole role);

    Optional<RoleAssignment> findByInitiativeIdAndPersonIdAndRole(long initiativeId, long personId, InitiativeRole role);

    @Query("""
            select new app.convene.security.RoleAssignmentItem(r.id, p.id, p.displayName, p.email, r.role,
                r.appointedAt, by.displayName)
            from RoleAssignment r join r.person p left join r.appointedBy by
            where r.initiativeId = :initiativeId
            order by r.role, lower(p.displayName), r.id""")
    Slice<RoleAssignmentItem> findViews(long initiativeId, Pageable pageable);

    long countByInitiativeIdAndRole(long initiativeId, InitiativeRole role);

    @Query("select r.person.id from RoleAssignment r where r.initiativeId = :initiativeId and r.role = :role")
    List<Long> holders(long initiativeId, InitiativeRole role);
}
