package app.convene.stakeholders;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.KeycloakAccounts;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import app.convene.stakeholders.internal.Registration;
import app.convene.stakeholders.internal.RegistrationRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Public stakeholder registration: anyone may ask to join an initiative. The same email (trimmed,
 * any case) never makes a second registration in one initiative, and a repeat registration changes
 * nothing without confirmation from that mailbox.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final OrganizationRepository organizations;
    private final InitiativeDirectory initiatives;
    private final RegistrationRateLimiter rateLimiter;
    private final AuditLog audit;
    private final RegistrationNotices notices;
    private final Clock clock;
    private final Authorization authorization;
    private final OrganizationService organizationService;
    private final KeycloakAccounts accounts;
    private final PersonService persons;
    private final RoleService roles;
    private final RegistrationWriter writer;
    private final RegistrationConfirmations confirmations;
    private final RegistrationSettingsService settings;

    RegistrationService(RegistrationRepository registrations, OrganizationRepository organizations,
                        InitiativeDirectory initiatives, RegistrationRateLimiter rateLimiter, AuditLog audit,
                        RegistrationNotices notices, Clock clock, Authorization authorization,
                        OrganizationService organizationService, KeycloakAccounts accounts, PersonService persons,
                        RoleService roles, RegistrationWriter writer, RegistrationConfirmations confirmations,
                        RegistrationSettingsService settings) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.initiatives = initiatives;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
        this.authorization = authorization;
        this.organizationService = organizationService;
        this.accounts = accounts;
        this.persons = persons;
        this.roles = roles;
        this.writer = writer;
        this.confirmations = confirmations;
        this.settings = settings;
    }

    /**
     * Registers the person; public, limited per network address, per email and per client (see
     * {@link RegistrationLimits}). For an email Convene already knows here (any registration of the
     * initiative, or a person with an account) nothing changes: the answers are kept aside and that
     * mailbox gets a link to confirm them ({@link RegistrationConfirmations}). Either way the caller
     * learns nothing about the email, and the mailbox gets one message.
     *
     * @param clientAddress the network address the form came from
     * @param clientId      the browser session it came from (null when unknown)
     * @throws RegistrationClosedException  when the initiative's coordinators closed public registration
     * @throws TooManyRegistrationsException when an allowance has run out
     * @throws ValidationError              for an unknown organization or a goal of another initiative (the form
     *                                       was out of date: {@code join.error.stale})
     */
    @Transactional
    public void register(long initiativeId, @Valid NewRegistration answers, String clientAddress, String clientId) {
        FreeText.checked(answers);
        if (!settings.isOpen(initiativeId)) {
            throw new RegistrationClosedException(initiativeId);
        }
        rateLimiter.acquire(clientAddress, clientId, NewRegistration.emailKey(answers.email()));
        InitiativeRef initiative = initiatives.findById(initiativeId)
                .orElseThrow(() -> new NoSuchElementException("No initiative " + initiativeId));
        writer.organization(initiative, answers);
        Optional<Registration> existing = writer.existing(initiativeId, answers.email());
        if (existing.isPresent() || persons.hasAccountWithEmail(answers.email())) {
            confirmations.keepAside(initiative, answers, existing.map(Registration::getEmail).orElse(answers.email()),
                    existing.map(Registration::getId).orElse(null));
        } else {
            writer.create(initiative, answers);
        }
    }

    /** As {@link #register(long, NewRegistration, String, String)} for a client without a session (imports, tests). */
    @Transactional
    public void register(long initiativeId, @Valid NewRegistration answers, String clientAddress) {
        register(initiativeId, answers, clientAddress, null);
    }

    /** Registrations in one state, oldest first, a page at a time (coordinators of the initiative). */
    public Slice<RegistrationItem> list(long initiativeId, RegistrationStatus status, Pageable pageable) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        return registrations.findByStatus(initiativeId, status, pageable).map(RegistrationService::view);
    }

    public long count(long initiativeId, RegistrationStatus status) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        return registrations.countByInitiativeIdAndStatus(initiativeId, status);
    }

    /**
     * Approves a pending registration: a proposed organization joins the directory, the person gets
     * a Keycloak account if they have none (Keycloak mails them a link to set their password), and
     * becomes a stakeholder of the initiative.
     *
     * @throws AlreadyDecidedException if someone decided it first (nothing changes)
     * @throws KeycloakAccounts.KeycloakUnavailableException if Keycloak cannot be reached (nothing changes)
     */
    @Transactional
    public void approve(long registrationId, String note, String signInUrl) {
        Registration registration = pending(registrationId);
        Actor actor = authorization.check(Action.MANAGE_STAKEHOLDERS, registration.getInitiativeId());
        String before = describe(registration);
        if (registration.getOrganization() == null && registration.getProposedOrganization() != null) {
            long organizationId = organizationService.findOrCreate(new NewOrganization(
                    registration.getProposedOrganization(), null, OrganizationType.OTHER, registration.getSector(),
                    registration.getCounty(), registration.getRegion()));
            registration.useOrganization(organizations.getReferenceById(organizationId));
        }
        KeycloakAccounts.Account account = accounts.ensureAccount(registration.getEmail(), registration.getName(), signInUrl);
        long personId = persons.provisionForInitiative(registration.getInitiativeId(), account.subject(),
                registration.getName(), registration.getEmail());
        registration.linkPerson(personId); // first: the pending registration relates them to the initiative
        roles.appoint(registration.getInitiativeId(), personId, InitiativeRole.STAKEHOLDER);
        registration.decide(RegistrationStatus.APPROVED, note, actor.personId(), clock.instant());
        registrations.saveAndFlush(registration);
        audit.record("registration.approved", "registration", registrationId, registration.getInitiativeId(), before,
                describe(registration) + (note == null || note.isBlank() ? "" : ", note=" + note.strip())
                        + (account.created() ? ", new Keycloak account" : ", existing Keycloak account"));
        notices.decided(registration, initiativeName(registration), RegistrationStatus.APPROVED, account.created());
    }

    /** Declines a pending registration; the record and the note stay. */
    @Transactional
    public void decline(long registrationId, String note) {
        Registration registration = pending(registrationId);
        Actor actor = authorization.check(Action.MANAGE_STAKEHOLDERS, registration.getInitiativeId());
        String before = describe(registration);
        registration.decide(RegistrationStatus.DECLINED, note, actor.personId(), clock.instant());
        registrations.saveAndFlush(registration);
        audit.record("registration.declined", "registration", registrationId, registration.getInitiativeId(), before,
                describe(registration) + (note == null || note.isBlank() ? "" : ", note=" + note.strip()));
        notices.decided(registration, initiativeName(registration), RegistrationStatus.DECLINED, false);
    }

    private String initiativeName(Registration registration) {
        return initiatives.findById(registration.getInitiativeId()).map(InitiativeRef::name).orElse("");
    }

    private Registration pending(long registrationId) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new NoSuchElementException("No registration " + registrationId));
        authorization.check(Action.MANAGE_STAKEHOLDERS, registration.getInitiativeId());
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            throw new AlreadyDecidedException(registration.getStatus());
        }
        return registration;
    }

    static RegistrationItem view(Registration r) {
        String organization = r.getOrganization() != null
                ? (r.getOrganization().getParent() != null ? r.getOrganization().getParent().getName() + " — " : "")
                + r.getOrganization().getName()
                : r.getProposedOrganization();
        return new RegistrationItem(r.getId(), r.getVersion(), r.getName(), r.getEmail(), organization,
                r.getOrganization() == null, r.getTitle(), r.getSector(), r.getCounty(), r.getRegion(), r.getLanguages(),
                r.getAccessibilityNeeds(), Set.copyOf(r.getGoalIds()), r.isDirectoryConsent(), r.getStatus(),
                r.getSource(), r.getCreatedAt(), r.getDecisionNote(), r.getDecidedAt());
    }

    /** For the audit log: the answers without demographics, which only the person may see. */
    static String describe(Registration r) {
        return "name=" + r.getName() + ", email=" + r.getEmail() + ", organization="
                + (r.getOrganization() != null ? r.getOrganization().getName() : "proposed: " + r.getProposedOrganization())
                + ", sector=" + r.getSector() + ", region=" + r.getRegion() + ", directoryConsent=" + r.isDirectoryConsent()
                + ", status=" + r.getStatus();
    }
}
