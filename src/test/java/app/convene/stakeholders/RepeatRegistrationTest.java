package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.stakeholders.RegistrationConfirmations.LinkState;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 item 5: a repeat registration for a known email changes nothing until that mailbox
 * confirms it through the mailed link.
 */
@ConveneTest
class RepeatRegistrationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationConfirmations confirmations;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long atlanta() {
        return fixtures.initiativeId("equity-at-work");
    }

    static NewRegistration answers(String name, String email, boolean directoryConsent) {
        return new NewRegistration(name, email, null, "Westside Works", "Organizer", Sector.WORKER_CENTER, null,
                "Atlanta", null, null, Set.of(), directoryConsent, Demographics.NONE);
    }

    static String address() {
        return "10.12.5." + UUID.randomUUID().hashCode();
    }

    Map<String, Object> row(String email) {
        return jdbc.queryForMap("""
                select name, email, title, directory_consent, status, person_id, updated_at, version
                from registration where email_key = ?""", NewRegistration.emailKey(email));
    }

    /** A registration approved with an account: the person signs in and sees it as their profile. */
    long approvedWithAccount(String email) {
        registrations.register(atlanta(), answers("Ana López", email, false), address());
        long person = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, 'Ana López', ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), email);
        jdbc.update("update registration set status = 'APPROVED', person_id = ? where email_key = ?", person,
                NewRegistration.emailKey(email));
        return person;
    }

    /**
     * The issue's attack: an approved stakeholder (imported, so not yet linked to their account)
     * and a form sent with their email in other letter case, a new name and directory consent on.
     */
    @Test
    void theIssuesAttackLeavesTheApprovedRegistrationUntouchedAndThePersonKeepsTheirProfile() {
        String email = "Approved." + UUID.randomUUID() + "@Example.org";
        registrations.register(atlanta(), answers("Ana López", email, false), address());
        jdbc.update("update registration set status = 'APPROVED', source = 'IMPORT' where email_key = ?",
                NewRegistration.emailKey(email));
        long person = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, email_verified, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, 'Ana López', ?, true, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), email);
        Map<String, Object> before = row(email);

        registrations.register(atlanta(), answers("Mallory Mask", email.toUpperCase(), true), address());

        assertThat(row(email)).isEqualTo(before);
        SignIn.as(new Actor(person, "Ana López", false));
        assertThat(profiles.mine(atlanta())).get().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo("Ana López");
            assertThat(profile.directoryConsent()).isFalse();
            assertThat(profile.status()).isEqualTo(RegistrationStatus.APPROVED);
        });
    }

    @Test
    void followingTheMailedLinkAppliesTheAnswersAndAnApprovedStakeholderStaysApproved() {
        String email = "confirm." + UUID.randomUUID() + "@example.org";
        approvedWithAccount(email);
        registrations.register(atlanta(), answers("Ana María López", email.toUpperCase(), true), address());

        String token = Mailbox.confirmationToken(email);
        assertThat(confirmations.check(token).state()).isEqualTo(LinkState.VALID);
        assertThat(row(email)).containsEntry("name", "Ana López");

        RegistrationConfirmations.Confirmation done = confirmations.confirm(token);

        assertThat(done.state()).isEqualTo(LinkState.VALID);
        assertThat(done.outcome()).isEqualTo(RegistrationOutcome.PROFILE_UPDATED);
        assertThat(row(email)).containsEntry("name", "Ana María López").containsEntry("directory_consent", true)
                .containsEntry("status", "APPROVED").containsEntry("email", email);
        assertThat(jdbc.queryForObject("select answers from registration_confirmation where email_key = ?",
                String.class, NewRegistration.emailKey(email))).as("the kept answers are dropped once used").isNull();
    }

    @Test
    void aPersonWithAnAccountButNoRegistrationHereIsAskedToConfirmToo() {
        String email = "account." + UUID.randomUUID() + "@example.org";
        jdbc.update("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, 'Has Account', ?, false, now())""",
                "subject-" + UUID.randomUUID(), email);

        registrations.register(atlanta(), answers("Someone Else", email, true), address());

        assertThat(jdbc.queryForObject("select count(*) from registration where email_key = ?", Integer.class, email))
                .isZero();
        assertThat(confirmations.confirm(Mailbox.confirmationToken(email)).outcome())
                .isEqualTo(RegistrationOutcome.RECEIVED);
        assertThat(row(email)).containsEntry("status", "PENDING").containsEntry("name", "Someone Else");
    }

    @Test
    void aUsedAnExpiredAndAForgedLinkChangeNothingAndSayWhy() {
        String email = "links." + UUID.randomUUID() + "@example.org";
        registrations.register(atlanta(), answers("First", email, false), address());
        registrations.register(atlanta(), answers("Second", email, false), address());
        String used = Mailbox.confirmationToken(email);
        assertThat(confirmations.confirm(used).state()).isEqualTo(LinkState.VALID);
        assertThat(row(email)).containsEntry("name", "Second");

        registrations.register(atlanta(), answers("Third", email, true), address());
        String expired = Mailbox.confirmationToken(email);
        jdbc.update("""
                update registration_confirmation set expires_at = now() - interval '1 minute'
                where email_key = ? and used_at is null""", email);
        Map<String, Object> before = row(email);

        assertThat(confirmations.confirm(used).state()).isEqualTo(LinkState.USED);
        assertThat(confirmations.confirm(expired).state()).isEqualTo(LinkState.EXPIRED);
        assertThat(confirmations.confirm("forged-" + UUID.randomUUID()).state()).isEqualTo(LinkState.UNKNOWN);
        assertThat(confirmations.confirm(null).state()).isEqualTo(LinkState.UNKNOWN);
        assertThat(row(email)).isEqualTo(before).containsEntry("name", "Second");
    }

    @Test
    void aNewAndAKnownEmailEachGetExactlyOneMessage() {
        String fresh = "fresh." + UUID.randomUUID() + "@example.org";
        registrations.register(atlanta(), answers("Fresh", fresh, false), address());
        assertThat(Mailbox.to(fresh)).hasSize(1);

        registrations.register(atlanta(), answers("Fresh again", fresh, false), address());
        assertThat(Mailbox.to(fresh)).hasSize(2);
        assertThat(Mailbox.body(Mailbox.to(fresh).get(1))).contains("/join/confirm/").doesNotContain("Fresh again");
    }
}
