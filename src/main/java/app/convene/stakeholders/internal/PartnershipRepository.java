package app.convene.stakeholders.internal;

import app.convene.stakeholders.PartnerItem;
import app.convene.stakeholders.PartnerRole;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("""
            select new app.convene.stakeholders.PartnerItem(o.id, o.name, parent.name, o.type, o.sector,
                coalesce(o.county, parent.county), coalesce(o.region, parent.region), p.role)
            from Partnership p join p.organization o left join o.parent parent
            where p.initiativeId = :initiativeId
            order by p.position, p.id""")
    Slice<PartnerItem> findPartners(long initiativeId, Pageable pageable);

    long countByInitiativeId(long initiativeId);

    boolean existsByInitiativeIdAndOrganizationIdAndRole(long initiativeId, long organizationId, PartnerRole role);
}
