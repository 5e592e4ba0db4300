package app.convene.stakeholders;

import app.convene.security.AuditLog;
import app.convene.shared.InitiativeDirectory;
import app.convene.shared.InitiativeDirectory.InitiativeRef;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import app.convene.stakeholders.internal.Registration;
import app.convene.stakeholders.internal.RegistrationRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Public stakeholder registration: anyone may ask to join an initiative. The same email (trimmed,
 * any case) never makes a second registration in one initiative.
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, OrganizationRepository organizations,
                        InitiativeDirectory initiatives, RegistrationRateLimiter rateLimiter, AuditLog audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.initiatives = initiatives;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers (or updates a pending registration of) the person; public, limited per client address.
     *
     * @throws TooManyRegistrationsException when the address has sent too many lately
     * @throws IllegalArgumentException      for an unknown organization or a goal of another initiative
     */
    @Transactional
    public RegistrationOutcome register(long initiativeId, @Valid NewRegistration answers, String clientAddress) {
        if (!rateLimiter.tryAcquire(clientAddress)) {
            throw new TooManyRegistrationsException();
        }
        InitiativeRef initiative = initiatives.findById(initiativeId)
                .orElseThrow(() -> new NoSuchElementException("No initiative " + initiativeId));
        Set<Long> goals = initiative.goals().stream().map(InitiativeDirectory.GoalRef::id).collect(Collectors.toSet());
        if (!goals.containsAll(answers.goalIds())) {
            throw new IllegalArgumentException("A chosen goal is not a goal of " + initiative.name());
        }
        Organization organization = answers.organizationId() == null ? null
                : organizations.findById(answers.organizationId())
                        .orElseThrow(() -> new IllegalArgumentException("No organization " + answers.organizationId()));
        Optional<Registration> existing = registrations.findByInitiativeIdAndEmailKey(initiativeId,
                NewRegistration.emailKey(answers.email()));
        RegistrationOutcome outcome;
        Registration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            switch (registration.getStatus()) {
                case APPROVED -> {
                    return RegistrationOutcome.ALREADY_REGISTERED;
                }
                case DECLINED -> {
                    registration.answer(answers, organization, clock.instant());
                    registration.reopen(clock.instant());
                    outcome = RegistrationOutcome.RESUBMITTED;
                }
                default -> {
                    registration.answer(answers, organization, clock.instant());
                    outcome = RegistrationOutcome.UPDATED;
                }
            }
        } else {
            registration = new Registration(initiativeId, "FORM", clock.instant());
            registration.answer(answers, organization, clock.instant());
            outcome = RegistrationOutcome.RECEIVED;
        }
        registration = registrations.saveAndFlush(registration);
        audit.record("registration." + outcome.name().toLowerCase(), "registration", registration.getId(), initiativeId,
                null, describe(registration));
        events.publishEvent(new RegistrationReceived(registration.getId(), initiativeId, outcome));
        return outcome;
    }

    /** For the audit log: the answers without demographics, which only the person may see. */
    static String describe(Registration r) {
        return "name=" + r.getName() + ", email=" + r.getEmail() + ", organization="
                + (r.getOrganization() != null ? r.getOrganization().getName() : "proposed: " + r.getProposedOrganization())
                + ", sector=" + r.getSector() + ", region=" + r.getRegion() + ", directoryConsent=" + r.isDirectoryConsent()
                + ", status=" + r.getStatus();
    }

    /** Published after a registration is stored; mail goes out once the transaction commits. */
    public record RegistrationReceived(long registrationId, long initiativeId, RegistrationOutcome outcome) {
    }
}
