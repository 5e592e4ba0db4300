package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.database.SharedReads;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import app.convene.stakeholders.internal.Partnership;
import app.convene.stakeholders.internal.PartnershipRepository;
import app.convene.stakeholders.internal.StakeholderSettings;
import app.convene.stakeholders.internal.StakeholderSettingsRepository;
import app.convene.shared.ValidationError;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Organizations and the part each plays in an initiative. Partner lists are public; adding
 * organizations and partners is for coordinators, checked here and audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final PartnershipRepository partnerships;
    private final StakeholderSettingsRepository settings;
    private final Authorization authorization;
    private final AuditLog audit;
    private final SharedReads shared;

    OrganizationService(OrganizationRepository organizations, PartnershipRepository partnerships,
                        StakeholderSettingsRepository settings, Authorization authorization, AuditLog audit,
                        SharedReads shared) {
        this.organizations = organizations;
        this.shared = shared;
        this.partnerships = partnerships;
        this.settings = settings;
        this.authorization = authorization;
        this.audit = audit;
    }

    /** Returns the id of the organization with this name under this parent, creating it if there is none. */
    @Transactional
    public long findOrCreate(@Valid NewOrganization draft) {
        authorization.check(Action.MANAGE_ORGANIZATIONS, null);
        String name = draft.name().strip().replaceAll("\\s+", " ");
        return organizations.findByNameAndParent(name, draft.parentId())
                .map(Organization::getId)
                .orElseGet(() -> {
                    Organization parent = draft.parentId() == null ? null
                            : organizations.findById(draft.parentId())
                                    .orElseThrow(() -> new NoSuchElementException("No organization " + draft.parentId()));
                    Organization created = organizations.save(new Organization(name, parent, draft.type(),
                            draft.sector(), blankToNull(draft.county()), blankToNull(draft.region())));
                    audit.record("organization.created", "organization", created.getId(), null, null, draft);
                    return created.getId();
                });
    }

    /** Adds the organization to the initiative's partners in that role, once, with no dates. */
    @Transactional
    public void addPartner(long initiativeId, long organizationId, PartnerRole role) {
        addPartner(initiativeId, organizationId, role, null, null);
    }

    /**
     * Adds the organization to the initiative's partners in that role, since and until the given days
     * (either may be null); false when it already is a partner in that role (nothing changes).
     *
     * @throws ValidationError {@code until} before {@code since} ({@code partners.error.until})
     */
    @Transactional
    public boolean addPartner(long initiativeId, long organizationId, PartnerRole role, LocalDate since,
                              LocalDate until) {
        authorization.check(Action.MANAGE_PARTNERS, initiativeId);
        if (role == null) {
            throw new ValidationError("role", "partners.error.role");
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new ValidationError("until", "partners.error.until");
        }
        if (partnerships.existsByInitiativeIdAndOrganizationIdAndRole(initiativeId, organizationId, role)) {
            return false;
        }
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new NoSuchElementException("No organization " + organizationId));
        int position = (int) partnerships.countByInitiativeId(initiativeId) + 1;
        Partnership saved = partnerships.save(new Partnership(initiativeId, organization, role, position, since, until));
        audit.record("partner.added", "initiative_partner", saved.getId(), initiativeId, null, saved.describe());
        return true;
    }

    /** Ends an organization's part in an initiative (the organization stays in the directory). */
    @Transactional
    public void removePartner(long partnershipId) {
        Partnership partnership = partnerships.findById(partnershipId)
                .orElseThrow(() -> new NoSuchElementException("No partner " + partnershipId));
        authorization.check(Action.MANAGE_PARTNERS, partnership.getInitiativeId());
        String before = partnership.describe();
        partnerships.delete(partnership);
        partnerships.flush();
        audit.record("partner.removed", "initiative_partner", partnershipId, partnership.getInitiativeId(), before, null);
    }

    /** Whether the initiative's public page groups its partners by county, then by role (public). */
    public boolean partnersByCounty(long initiativeId) {
        return SettingsRead.of(settings, shared, initiativeId).map(SettingsRead.Row::partnersByCounty).orElse(false);
    }

    /** Groups the initiative's public partner list by county as well as by role, or by role only. */
    @Transactional
    public void groupPartnersByCounty(long initiativeId, boolean byCounty) {
        authorization.check(Action.MANAGE_PARTNERS, initiativeId);
        StakeholderSettings stored = settings.findById(initiativeId).orElseGet(() -> new StakeholderSettings(initiativeId));
        boolean before = stored.isPartnersByCounty();
        if (stored.getVersion() != null && before == byCounty) {
            return;
        }
        stored.partnersByCounty(byCounty);
        settings.saveAndFlush(stored);
        audit.record("partner.grouping", "stakeholder_settings", initiativeId, initiativeId, "byCounty=" + before,
                "byCounty=" + byCounty);
    }

    /**
     * The groups of the public partner list, each with its number of partners (public): by role in
     * {@link PartnerRole}'s order, or, when the initiative says so, by county (by name, partners naming
     * none last) and by role within each county.
     */
    public List<PartnerGroup> partnerGroups(long initiativeId) {
        List<PartnerGroup> counted = shared.get(new Counted(initiativeId),
                () -> List.copyOf(partnerships.countByCountyAndRole(initiativeId)));
        if (partnersByCounty(initiativeId)) {
            return counted.stream().sorted(Comparator.comparing(PartnerGroup::county,
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)).thenComparing(PartnerGroup::role)).toList();
        }
        Map<PartnerRole, Long> byRole = new LinkedHashMap<>();
        counted.stream().sorted(Comparator.comparing(PartnerGroup::role))
                .forEach(g -> byRole.merge(g.role(), g.count(), Long::sum));
        return byRole.entrySet().stream().map(e -> new PartnerGroup(null, e.getKey(), e.getValue())).toList();
    }

    /** The partners of one group of {@link #partnerGroups}, a page at a time (public). */
    public Slice<PartnerItem> partnersIn(long initiativeId, PartnerGroup group, Pageable pageable) {
        boolean anyCounty = !partnersByCounty(initiativeId);
        return shared.get(new InGroup(initiativeId, group.role(), anyCounty, group.county(), pageable),
                () -> partnerships.findGroup(initiativeId, group.role(), anyCounty, group.county(), pageable));
    }

    /** Keys of the partner list's reads that requests share while the database is unchanged (decision 67). */
    private record Counted(long initiativeId) {
    }

    private record InGroup(long initiativeId, PartnerRole role, boolean anyCounty, String county, Pageable page) {
    }

    public Slice<PartnerItem> partnersOf(long initiativeId, Pageable pageable) {
        return partnerships.findPartners(initiativeId, pageable);
    }

    public long countPartners(long initiativeId) {
        return partnerships.countByInitiativeId(initiativeId);
    }

    /** Organizations by name, for pickers (public: organization names are public). */
    public Slice<OrganizationOption> search(String text, Pageable pageable) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return organizations.search(needle, pageable);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
