package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.database.SharedReads;
import app.convene.stakeholders.internal.DirectoryQueries;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' directory of an initiative: approved stakeholders who agreed to be listed, by
 * organization, sector and region. For people with a role in the initiative; demographics never.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final DirectoryQueries queries;
    private final OrganizationRepository organizations;
    private final Authorization authorization;
    private final SharedReads shared;

    DirectoryService(DirectoryQueries queries, OrganizationRepository organizations, Authorization authorization,
                     SharedReads shared) {
        this.shared = shared;
        this.queries = queries;
        this.organizations = organizations;
        this.authorization = authorization;
    }

    /**
     * A page of the directory (its readers: anyone with a role in the initiative). The unfiltered pages, which every
     * reader opens first, are the same for all of them and read once per data version ({@link SharedReads}, decision
     * 81); a search is read each time (few are asked twice).
     */
    public Slice<DirectoryEntry> directory(long initiativeId, DirectoryFilter filter, Pageable pageable) {
        authorization.check(Action.VIEW_DIRECTORY, initiativeId);
        if (filter != null && !filter.isEmpty()) {
            return queries.listed(initiativeId, filter, pageable);
        }
        return shared.slice(new Unfiltered(initiativeId, pageable.getOffset(), pageable.getPageSize()), pageable,
                () -> queries.listed(initiativeId, DirectoryFilter.NONE, pageable));
    }

    private record Unfiltered(long initiativeId, long offset, int size) {
    }

    /**
     * Organization, sector and region of the given people in the initiative (approved profiles;
     * never demographics), for services that have already checked the reader may see these people,
     * e.g. a workgroup's member list. Keyed by person id.
     */
    public Map<Long, MemberFacts> factsOf(long initiativeId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return queries.factsOf(initiativeId, personIds);
    }

    /**
     * As {@link #factsOf}, for the lists a workgroup's members and leads read (its members, its join
     * requests): people who declined the directory are left out, except for coordinators of the initiative
     * (who see their registrations anyway).
     */
    public Map<Long, MemberFacts> shownFactsOf(long initiativeId, Collection<Long> personIds) {
        Map<Long, MemberFacts> facts = factsOf(initiativeId, personIds);
        if (authorization.can(Action.MANAGE_STAKEHOLDERS, initiativeId)) {
            return facts;
        }
        return facts.values().stream().filter(MemberFacts::listed)
                .collect(Collectors.toMap(MemberFacts::personId, Function.identity()));
    }

    /** What a workgroup's member list and balance show about a person; {@code listed}: agreed to the directory. */
    public record MemberFacts(long personId, String organization, Sector sector, String region, boolean listed) {
    }

    public Optional<OrganizationProfile> organization(long initiativeId, long organizationId) {
        authorization.check(Action.VIEW_DIRECTORY, initiativeId);
        return organizations.findById(organizationId).map(o -> profile(initiativeId, o));
    }

    private OrganizationProfile profile(long initiativeId, Organization o) {
        long listed = queries.listed(initiativeId, new DirectoryFilter(null, null, null, o.getId()), PageRequest.of(0, 1000))
                .getNumberOfElements();
        Organization parent = o.getParent();
        return new OrganizationProfile(o.getId(), o.getName(), parent == null ? null : parent.getName(), o.getType(),
                o.getSector(), o.getCounty() != null ? o.getCounty() : parent == null ? null : parent.getCounty(),
                o.getRegion() != null ? o.getRegion() : parent == null ? null : parent.getRegion(), listed);
    }
}
