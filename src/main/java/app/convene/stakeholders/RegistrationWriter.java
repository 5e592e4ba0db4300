package app.convene.stakeholders;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.security.AuditLog;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.internal.Organization;
import app.convene.stakeholders.internal.OrganizationRepository;
import app.convene.stakeholders.internal.Registration;
import app.convene.stakeholders.internal.RegistrationRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a registration's answers, for a new registration from the public form and for a repeat
 * registration its mailbox has confirmed. Callers hold the transaction.
 */
@Component
class RegistrationWriter {

    private final RegistrationRepository registrations;
    private final OrganizationRepository organizations;
    private final AuditLog audit;
    private final RegistrationNotices notices;
    private final Clock clock;

    RegistrationWriter(RegistrationRepository registrations, OrganizationRepository organizations, AuditLog audit,
                       RegistrationNotices notices, Clock clock) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The organization the answers name (null for a proposed one), refusing goals of another
     * initiative, retired goals and unknown organizations: the form was out of date ({@code join.error.stale}).
     */
    Organization organization(InitiativeRef initiative, NewRegistration answers) {
        Set<Long> goals = initiative.offeredGoals().stream().map(InitiativeDirectory.GoalRef::id).collect(Collectors.toSet());
        if (!goals.containsAll(answers.goalIds())) {
            throw new ValidationError("goalIds", "join.error.stale");
        }
        return answers.organizationId() == null ? null
                : organizations.findById(answers.organizationId())
                        .orElseThrow(() -> new ValidationError("organizationId", "join.error.stale"));
    }

    Optional<Registration> existing(long initiativeId, String email) {
        return registrations.findByInitiativeIdAndEmailKey(initiativeId, NewRegistration.emailKey(email));
    }

    /** A registration for an email the initiative does not know yet; the registrant is mailed an acknowledgement. */
    void create(InitiativeRef initiative, NewRegistration answers) {
        Registration registration = new Registration(initiative.id(), "FORM", clock.instant());
        store(initiative, registration, answers, RegistrationOutcome.RECEIVED, false);
    }

    /**
     * Applies answers the mailbox confirmed. A pending registration takes them; a declined one (or
     * one imported without an account) goes back to the coordinators; an approved stakeholder's
     * profile takes them and stays approved; with no registration (a person with an account) a new
     * one waits for the coordinators.
     */
    RegistrationOutcome applyConfirmed(InitiativeRef initiative, NewRegistration answers) {
        Optional<Registration> found = existing(initiative.id(), answers.email());
        if (found.isEmpty()) {
            Registration registration = new Registration(initiative.id(), "FORM", clock.instant());
            return store(initiative, registration, answers, RegistrationOutcome.RECEIVED, true);
        }
        Registration registration = found.get();
        // The stored address stays as it was written (the confirmed one differs at most in letter case).
        NewRegistration confirmed = new NewRegistration(answers.name(), registration.getEmail(), answers.organizationId(),
                answers.proposedOrganization(), answers.title(), answers.sector(), answers.county(), answers.region(),
                answers.languages(), answers.accessibilityNeeds(), answers.goalIds(), answers.directoryConsent(),
                answers.demographics(), answers.language());
        RegistrationOutcome outcome = switch (registration.getStatus()) {
            case PENDING -> RegistrationOutcome.UPDATED;
            case APPROVED -> registration.getPersonId() != null ? RegistrationOutcome.PROFILE_UPDATED
                    : RegistrationOutcome.RESUBMITTED; // imported without an account: asks for one, through the queue
            case DECLINED, CLOSED -> RegistrationOutcome.RESUBMITTED;
        };
        if (outcome == RegistrationOutcome.RESUBMITTED) {
            registration.reopen(clock.instant());
        }
        return store(initiative, registration, confirmed, outcome, true);
    }

    private RegistrationOutcome store(InitiativeRef initiative, Registration registration, NewRegistration answers,
                                      RegistrationOutcome outcome, boolean confirmedByMailbox) {
        String before = registration.getId() == null ? null : RegistrationService.describe(registration);
        registration.answer(answers, organization(initiative, answers), clock.instant());
        registration = registrations.saveAndFlush(registration);
        audit.record("registration." + outcome.name().toLowerCase(), "registration", registration.getId(),
                initiative.id(), before, RegistrationService.describe(registration)
                        + (confirmedByMailbox ? ", confirmed from the mailbox" : ""));
        notices.received(initiative, registration, outcome, confirmedByMailbox);
        return outcome;
    }
}
