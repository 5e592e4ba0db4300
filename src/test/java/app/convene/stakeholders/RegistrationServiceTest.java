package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ConveneTest
class RegistrationServiceTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationRateLimiter limiter;
    @Autowired
    RegistrationConfirmations confirmations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long atlanta() {
        return fixtures.initiativeId("equity-at-work");
    }

    long goalOf(String slug) {
        return jdbc.queryForObject("""
                select g.id from strategic_goal g join initiative i on i.id = g.initiative_id
                where i.slug = ? order by g.position limit 1""", Long.class, slug);
    }

    static NewRegistration answers(String email) {
        return new NewRegistration("Ana López", email, null, "Westside Works", "Organizer",
                Sector.WORKER_CENTER, "Fulton County", "Atlanta", "English, Spanish", "Spanish interpretation",
                Set.of(), true, new Demographics(Set.of(Demographics.RaceEthnicity.HISPANIC_LATINO),
                Demographics.Gender.WOMAN, Demographics.LivedExperience.YES));
    }

    static String address() {
        return "10.0.0." + UUID.randomUUID().hashCode();
    }

    @Test
    void registeringTwiceWithTheSameEmailInAnyCaseKeepsOneRegistrationAndAsksTheMailboxToConfirm() {
        String email = "ana." + UUID.randomUUID() + "@example.org";
        registrations.register(atlanta(), answers(email), address());

        NewRegistration again = new NewRegistration("Ana María López", "  " + email.toUpperCase() + " ", null,
                "Westside Works", "Lead organizer", Sector.WORKER_CENTER, null, "Atlanta", null, null,
                Set.of(goalOf("equity-at-work")), false, Demographics.NONE);
        registrations.register(atlanta(), again, address());

        var rows = jdbc.queryForList("select name, title, directory_consent, status from registration where email_key = ?",
                email.toLowerCase());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("name", "Ana López").containsEntry("title", "Organizer")
                .containsEntry("directory_consent", true).containsEntry("status", "PENDING");
        assertThat(Mailbox.confirmationToken(email)).isNotBlank();
    }

    @Test
    void aDeclinedPersonMayAskAgainOnceTheirMailboxConfirms() {
        String email = "declined." + UUID.randomUUID() + "@example.org";
        registrations.register(atlanta(), answers(email), address());
        jdbc.update("update registration set status = 'DECLINED' where email_key = ?", email);

        registrations.register(atlanta(), answers(email), address());
        assertThat(jdbc.queryForObject("select status from registration where email_key = ?", String.class, email))
                .isEqualTo("DECLINED");

        assertThat(confirmations.confirm(Mailbox.confirmationToken(email)).outcome())
                .isEqualTo(RegistrationOutcome.RESUBMITTED);
        assertThat(jdbc.queryForObject("select status from registration where email_key = ?", String.class, email))
                .isEqualTo("PENDING");
    }

    @Test
    void invalidAnswersAreRefusedByTheServiceItself() {
        Integer before = jdbc.queryForObject("select count(*) from registration", Integer.class);
        NewRegistration bad = new NewRegistration("", "not-an-email", null, " ", "x".repeat(201), null, null, null,
                null, "y".repeat(2001), Set.of(), false, Demographics.NONE);

        assertThatThrownBy(() -> registrations.register(atlanta(), bad, address()))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .contains("register.answers.name", "register.answers.email", "register.answers.organizationNamed",
                                "register.answers.title", "register.answers.sector",
                                "register.answers.accessibilityNeeds"));
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isEqualTo(before);
    }

    @Test
    void aNulCharacterInAnAnswerIsRefusedByTheField() {
        NewRegistration answers = answers("nul." + UUID.randomUUID() + "@example.org");
        NewRegistration withNul = new NewRegistration(answers.name(), answers.email(), null, "Westside\0Works",
                answers.title(), answers.sector(), answers.county(), answers.region(), answers.languages(),
                answers.accessibilityNeeds(), answers.goalIds(), answers.directoryConsent(), answers.demographics());
        assertThatThrownBy(() -> registrations.register(atlanta(), withNul, address()))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("proposedOrganization");
                    assertThat(e.messageKey()).isEqualTo("error.nulCharacter");
                });
    }

    @Test
    void aGoalOfAnotherInitiativeIsRefused() {
        NewRegistration wrongGoal = new NewRegistration("Ana", "goal." + UUID.randomUUID() + "@example.org", null, "Org",
                null, Sector.OTHER, null, null, null, null, Set.of(goalOf("good-jobs-equity-project")), false,
                Demographics.NONE);
        assertThatThrownBy(() -> registrations.register(atlanta(), wrongGoal, address()))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("goalIds");
                    assertThat(e.messageKey()).isEqualTo("join.error.stale");
                });
    }

    @Test
    void oneAddressCannotFloodTheQueue() {
        String address = address();
        for (int i = 0; i < limiter.limits().limitPerAddress(); i++) {
            registrations.register(atlanta(), answers("flood" + i + "." + UUID.randomUUID() + "@example.org"), address);
        }
        String last = "flood-last." + UUID.randomUUID() + "@example.org";
        assertThatThrownBy(() -> registrations.register(atlanta(), answers(last), address))
                .isInstanceOf(TooManyRegistrationsException.class);
        assertThat(jdbc.queryForObject("select count(*) from registration where email_key = ?", Integer.class, last)).isZero();
        registrations.register(atlanta(), answers(last), address());
        assertThat(jdbc.queryForObject("select count(*) from registration where email_key = ?", Integer.class, last)).isOne();
    }

    @Test
    void theAuditLogRecordsTheRegistrationButNeverTheDemographics() {
        String email = "audit." + UUID.randomUUID() + "@example.org";
        registrations.register(atlanta(), answers(email), address());
        String after = jdbc.queryForObject("""
                select after_state from audit_event where subject_type = 'registration'
                and after_state like ? order by id desc limit 1""", String.class, "%" + email + "%");
        assertThat(after).contains("Ana López", "WORKER_CENTER").doesNotContain("HISPANIC", "WOMAN", "YES");
    }
}
