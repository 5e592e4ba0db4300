package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import app.convene.stakeholders.internal.Partnership;
import app.convene.stakeholders.internal.PartnershipRepository;
import jakarta.validation.Valid;
import java.util.Locale;
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
    private final Authorization authorization;
    private final AuditLog audit;

    OrganizationService(OrganizationRepository organizations, PartnershipRepository partnerships,
                        Authorization authorization, AuditLog audit) {
        this.organizations = organizations;
        this.partnerships = partnerships;
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

    /** Adds the organization to the initiative's partners in that role, once. */
    @Transactional
    public void addPartner(long initiativeId, long organizationId, PartnerRole role) {
        authorization.check(Action.MANAGE_PARTNERS, initiativeId);
        if (partnerships.existsByInitiativeIdAndOrganizationIdAndRole(initiativeId, organizationId, role)) {
            return;
        }
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new NoSuchElementException("No organization " + organizationId));
        int position = (int) partnerships.countByInitiativeId(initiativeId) + 1;
        Partnership saved = partnerships.save(new Partnership(initiativeId, organization, role, position));
        audit.record("partner.added", "initiative_partner", saved.getId(), initiativeId, null,
                organization.getName() + " as " + role);
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
