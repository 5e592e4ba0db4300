package app.convene.stakeholders.internal;

import app.convene.stakeholders.DirectoryEntry;
import app.convene.stakeholders.DirectoryFilter;
import app.convene.stakeholders.DirectoryService;
import app.convene.stakeholders.Sector;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Repository;

/**
 * The directory's query, built from only the filters given (bound parameters, never text pasted
 * into the query), read one page plus one row to know whether more follow.
 */
@Repository
public class DirectoryQueries {

    private final EntityManager entityManager;

    DirectoryQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Slice<DirectoryEntry> listed(long initiativeId, DirectoryFilter filter, Pageable pageable) {
        StringBuilder jpql = new StringBuilder("""
                select new app.convene.stakeholders.DirectoryEntry(r.id, r.name, r.title, o.id,
                    case when o is null then r.proposedOrganization
                         when p is null then o.name else concat(p.name, ' — ', o.name) end,
                    r.sector, r.county, r.region)
                from Registration r left join r.organization o left join o.parent p
                where r.initiativeId = :initiative
                  and r.status = app.convene.stakeholders.RegistrationStatus.APPROVED and r.directoryConsent = true""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("initiative", initiativeId);
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and (lower(r.name) like :text or lower(o.name) like :text or lower(p.name) like :text"
                    + " or lower(r.proposedOrganization) like :text"
                    + " or lower(r.title) like :text)");
            parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.sector() != null) {
            jpql.append(" and r.sector = :sector");
            parameters.put("sector", filter.sector());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            jpql.append(" and (lower(r.region) like :region or lower(r.county) like :region)");
            parameters.put("region", "%" + filter.region().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.organizationId() != null) {
            jpql.append(" and o.id = :organization");
            parameters.put("organization", filter.organizationId());
        }
        jpql.append(" order by lower(r.name), r.id");
        TypedQuery<DirectoryEntry> query = entityManager.createQuery(jpql.toString(), DirectoryEntry.class);
        parameters.forEach(query::setParameter);
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize() + 1);
        List<DirectoryEntry> rows = query.getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    public Map<Long, DirectoryService.MemberFacts> factsOf(long initiativeId,
            Collection<Long> personIds) {
        List<Object[]> rows = entityManager.createQuery("""
                select r.personId, case when o is null then r.proposedOrganization
                         when p is null then o.name else concat(p.name, ' — ', o.name) end,
                       r.sector, coalesce(r.region, r.county), r.directoryConsent
                from Registration r left join r.organization o left join o.parent p
                where r.initiativeId = :initiative and r.personId in :people
                  and r.status = app.convene.stakeholders.RegistrationStatus.APPROVED""", Object[].class)
                .setParameter("initiative", initiativeId).setParameter("people", personIds).getResultList();
        Map<Long, DirectoryService.MemberFacts> facts = new HashMap<>();
        for (Object[] row : rows) {
            facts.put((Long) row[0], new DirectoryService.MemberFacts((Long) row[0],
                    (String) row[1], (Sector) row[2], (String) row[3], (Boolean) row[4]));
        }
        return facts;
    }
}
