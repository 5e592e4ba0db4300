package app.convene.stakeholders;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.KeycloakAccounts;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.security.RoleAssignmentItem;
import app.convene.security.RoleService;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import app.convene.stakeholders.internal.Registration;
import app.convene.stakeholders.internal.RegistrationRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a stakeholder does with their own data: read and edit their profile, download everything
 * Convene holds on them, and close their account (profile anonymised, participation kept).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProfileService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndAddModules().build();

    private final RegistrationRepository registrations;
    private final OrganizationRepository organizations;
    private final PersonService persons;
    private final RoleService roles;
    private final KeycloakAccounts accounts;
    private final Authorization authorization;
    private final InitiativeDirectory initiatives;
    private final AuditLog audit;
    private final Clock clock;

    ProfileService(RegistrationRepository registrations, OrganizationRepository organizations, PersonService persons,
                   RoleService roles, KeycloakAccounts accounts, Authorization authorization,
                   InitiativeDirectory initiatives, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.persons = persons;
        this.roles = roles;
        this.accounts = accounts;
        this.authorization = authorization;
        this.initiatives = initiatives;
        this.audit = audit;
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

    /** Everything Convene holds on the signed-in person, as JSON. */
    public byte[] myData() {
        long personId = personId();
        PersonSummary me = persons.me();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("person", Map.of("id", me.id(), "name", me.name(), "email", me.email() == null ? "" : me.email()));
        List<Map<String, Object>> roleList = new ArrayList<>();
        for (RoleAssignmentItem role : roles.myAssignments()) {
            roleList.add(Map.of("role", role.role().name(), "since", role.appointedAt().toString()));
        }
        data.put("roles", roleList);
        List<Object> profiles = new ArrayList<>();
        for (Registration r : registrations.findByPersonId(personId)) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("initiative", initiatives.findById(r.getInitiativeId()).map(InitiativeDirectory.InitiativeRef::name)
                    .orElse(String.valueOf(r.getInitiativeId())));
            profile.put("profile", profile(r));
            profiles.add(profile);
        }
        data.put("stakeholderProfiles", profiles);
        return JSON.writeValueAsBytes(data);
    }

    /**
     * Closes the signed-in person's account: every profile is anonymised (the rows stay, so
     * participation counts do), their roles end, their Convene record loses name and email, and
     * their Keycloak login is disabled. If Keycloak cannot be reached nothing changes.
     */
    @Transactional
    public void closeMyAccount() {
        long personId = personId();
        for (Registration registration : registrations.findByPersonId(personId)) {
            registration.anonymise(clock.instant());
            audit.record("profile.closed", "registration", registration.getId(), registration.getInitiativeId(),
                    null, "anonymised");
        }
        registrations.flush();
        roles.leaveAllRoles();
        String subject = persons.closeMyAccount();
        accounts.disable(subject);
    }

    private long personId() {
        return authorization.currentActor().filter(a -> !a.isSystem()).map(a -> a.personId())
                .orElseThrow(() -> new AccessDeniedException("Sign in to see your own data"));
    }

    private static MyProfile profile(Registration r) {
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
