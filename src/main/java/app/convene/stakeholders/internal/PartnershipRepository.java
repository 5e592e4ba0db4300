package app.convene.stakeholders.internal;

import app.convene.stakeholders.PartnerGroup;
import app.convene.stakeholders.PartnerItem;
import app.convene.stakeholders.PartnerRole;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("""
            select new app.convene.stakeholders.PartnerItem(o.id, o.name, parent.name, o.type, o.sector,
                coalesce(o.county, parent.county), coalesce(o.region, parent.region), p.role, p.id, p.since, p.until)
            from Partnership p join p.organization o left join o.parent parent
            where p.initiativeId = :initiativeId
            order by p.position, p.id""")
    Slice<PartnerItem> findPartners(long initiativeId, Pageable pageable);

    /** How many partners each county (an office's own, else its parent's; null: none named) has in each role. */
    @Query("""
            select new app.convene.stakeholders.PartnerGroup(coalesce(o.county, parent.county), p.role, count(p))
            from Partnership p join p.organization o left join o.parent parent
            where p.initiativeId = :initiativeId
            group by coalesce(o.county, parent.county), p.role""")
    List<PartnerGroup> countByCountyAndRole(long initiativeId);

    /** The partners in one role; with {@code anyCounty} false, only those of that county (null: naming none). */
    @Query("""
            select new app.convene.stakeholders.PartnerItem(o.id, o.name, parent.name, o.type, o.sector,
                coalesce(o.county, parent.county), coalesce(o.region, parent.region), p.role, p.id, p.since, p.until)
            from Partnership p join p.organization o left join o.parent parent
            where p.initiativeId = :initiativeId and p.role = :role
              and (:anyCounty = true
                   or (cast(:county as String) is null and coalesce(o.county, parent.county) is null)
                   or coalesce(o.county, parent.county) = :county)
            order by p.position, p.id""")
    Slice<PartnerItem> findGroup(long initiativeId, PartnerRole role, boolean anyCounty, String county,
                                 Pageable pageable);

    long countByInitiativeId(long initiativeId);

    boolean existsByInitiativeIdAndOrganizationIdAndRole(long initiativeId, long organizationId, PartnerRole role);
}
