package app.convene.stakeholders;

import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.KeycloakAccounts;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.security.RoleService;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.internal.ConfirmationQueries;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import app.convene.stakeholders.internal.Registration;
import app.convene.stakeholders.internal.RegistrationRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What a stakeholder does with their own data: read and edit their profile, download everything
 * Convene holds on them, and close their account (profile anonymised, participation kept).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProfileService {

    private final RegistrationRepository registrations;
    private final OrganizationRepository organizations;
    private final PersonService persons;
    private final RoleService roles;
    private final KeycloakAccounts accounts;
    private final Authorization authorization;
    private final AuditLog audit;
    private final OwnDataDownload download;
    private final Clock clock;
    private final ConfirmationQueries confirmations;

    ProfileService(RegistrationRepository registrations, OrganizationRepository organizations, PersonService persons,
                   RoleService roles, KeycloakAccounts accounts, Authorization authorization,
                   AuditLog audit, OwnDataDownload download, Clock clock, ConfirmationQueries confirmations) {
        this.confirmations = confirmations;
        this.registrations = registrations;
        this.organizations = organizations;
        this.persons = persons;
        this.roles = roles;
        this.accounts = accounts;
        this.authorization = authorization;
        this.audit = audit;
        this.download = download;
        this.clock = clock;
    }

    /**
     * The signed-in person's profile in the initiative. A stakeholder record imported with their
     * email becomes theirs the first time they look, but only when the sign-in said the email is
     * verified ({@code email_verified}); an account Convene created on approval is linked already.
     */
    @Transactional
    public Optional<MyProfile> mine(long initiativeId) {
        return own(initiativeId).map(ProfileService::profile);
    }

    private Optional<Registration> own(long initiativeId) {
        long personId = personId();
        Optional<Registration> linked = registrations.findByInitiativeIdAndPersonId(initiativeId, personId);
        if (linked.isPresent()) {
            return linked;
        }
        Optional<String> verified = persons.myVerifiedEmail();
        if (verified.isEmpty()) {
            return Optional.empty(); // an unverified email proves nothing: no claim to a registration made with it
        }
        Optional<Registration> byEmail = registrations.findByInitiativeIdAndEmailKey(initiativeId,
                NewRegistration.emailKey(verified.get()));
        byEmail.filter(r -> r.getPersonId() == null && r.getStatus() == RegistrationStatus.APPROVED)
                .ifPresent(r -> r.linkPerson(personId));
        return byEmail.filter(r -> r.getPersonId() != null && r.getPersonId() == personId);
    }

    /**
     * Whether the signed-in person's email is not verified by the sign-in service, so that no
     * registration made with it can become theirs until they verify it and sign in again.
     */
    public boolean myEmailUnverified() {
        return persons.me().email() != null && persons.myVerifiedEmail().isEmpty();
    }

    /**
     * Saves the person's changes to their own profile.
     *
     * @throws OptimisticLockingFailureException if the profile changed since {@code expectedVersion} was read
     */
    @Transactional
    public void update(long initiativeId, long expectedVersion, @Valid NewRegistration changes) {
        Registration registration = own(initiativeId).orElseThrow(() -> new AccessDeniedException("No profile here"));
        FreeText.checked(changes);
        if (registration.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The profile changed since it was opened");
        }
        Organization organization = changes.organizationId() == null ? null
                : organizations.findById(changes.organizationId())
                        .orElseThrow(() -> new ValidationError("organizationId", "join.error.stale"));
        String before = RegistrationService.describe(registration);
        NewRegistration sameEmail = new NewRegistration(changes.name(), registration.getEmail(), changes.organizationId(),
                changes.proposedOrganization(), changes.title(), changes.sector(), changes.county(), changes.region(),
                changes.languages(), changes.accessibilityNeeds(), changes.goalIds(), changes.directoryConsent(),
                changes.demographics());
        registration.answer(sameEmail, organization, clock.instant());
        registrations.saveAndFlush(registration);
        audit.record("profile.updated", "registration", registration.getId(), initiativeId, before,
                RegistrationService.describe(registration));
    }

    /** Everything Convene holds on the signed-in person, as JSON; every module adds its part. */
    public byte[] myData() {
        long personId = personId();
        return download.of(persons.me(), roles.myAssignments(), registrations.findByPersonId(personId), clock.instant());
    }

    /**
     * Closes the signed-in person's account: every profile is anonymised (the rows stay, so
     * participation counts do), their roles end, their Convene record loses name and email, the
     * audit log no longer names them (their names and emails become "Former member #id"), and their
     * Keycloak login is disabled; repeat registrations waiting for their mailbox's confirmation go.
     * If Keycloak cannot be reached nothing changes.
     */
    @Transactional
    public void closeMyAccount() {
        long personId = personId();
        List<String> names = new ArrayList<>();
        Set<String> mailboxes = new HashSet<>();
        String accountEmail = persons.me().email();
        if (accountEmail != null) {
            mailboxes.add(NewRegistration.emailKey(accountEmail));
        }
        for (Registration registration : registrations.findByPersonId(personId)) {
            names.add(registration.getName());
            names.add(registration.getEmail());
            mailboxes.add(registration.getEmailKey());
            registration.anonymise(clock.instant());
            audit.record("profile.closed", "registration", registration.getId(), registration.getInitiativeId(),
                    null, "anonymised");
        }
        registrations.flush();
        confirmations.forget(mailboxes);
        roles.leaveAllRoles();
        String subject = persons.closeMyAccount(names);
        accounts.disable(subject);
    }

    private long personId() {
        return authorization.currentActor().filter(a -> !a.isSystem()).map(a -> a.personId())
                .orElseThrow(() -> new AccessDeniedException("Sign in to see your own data"));
    }

    static MyProfile profile(Registration r) {
        OrganizationOption organization = r.getOrganization() == null ? null
                : new OrganizationOption(r.getOrganization().getId(), r.getOrganization().getParent() == null
                        ? r.getOrganization().getName()
                        : r.getOrganization().getParent().getName() + " — " + r.getOrganization().getName());
        return new MyProfile(r.getId(), r.getVersion(), r.getName(), r.getEmail(), organization,
                r.getProposedOrganization(), r.getTitle(), r.getSector(), r.getCounty(), r.getRegion(), r.getLanguages(),
                r.getAccessibilityNeeds(), Set.copyOf(r.getGoalIds()), r.isDirectoryConsent(), r.demographics(),
                r.getStatus());
    }
}
