package app.convene.workgroups.internal;

import app.convene.security.WorkgroupRoles;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByWorkgroupIdAndPersonId(long workgroupId, long personId);

    long countByWorkgroupId(long workgroupId);

    @Query("select m from Member m where m.workgroupId = :workgroupId order by m.role, m.joinedAt, m.id")
    Slice<Member> findByWorkgroup(long workgroupId, Pageable pageable);

    List<Member> findByWorkgroupIdAndRole(long workgroupId, WorkgroupRoles.Role role);

    List<Member> findByPersonId(long personId);

    List<Member> findByWorkgroupId(long workgroupId);

    /** Members of any workgroup of the initiative (related to it). */
    @Query("""
            select distinct m.personId from Member m where m.workgroupId in
              (select w.id from Workgroup w where w.initiativeId = :initiativeId)""")
    List<Long> membersOf(long initiativeId);

    @Query("""
            select count(m) > 0 from Member m where m.personId = :personId and m.workgroupId in
              (select w.id from Workgroup w where w.initiativeId = :initiativeId)""")
    boolean memberIn(long initiativeId, long personId);
}
