package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.KeycloakAccounts;
import app.convene.shared.mail.LocalMailbox;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Approving and declining against the real local Keycloak and the local mailbox. */
@ConveneTest
@TestPropertySource(properties = "convene.keycloak.embedded=auto")
class RegistrationApprovalTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    KeycloakAccounts accounts;
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

    long register(String email, String proposedOrganization) {
        registrations.register(atlanta(), new NewRegistration("Ana López", email, null, proposedOrganization, null,
                Sector.WORKER_CENTER, "Fulton County", "Atlanta", null, null, Set.of(), true, Demographics.NONE),
                "10.1.1." + UUID.randomUUID().hashCode());
        return jdbc.queryForObject("select id from registration where email_key = ?", Long.class, email);
    }

    void signInAsCoordinator() {
        long maya = fixtures.personId("Maya Thompson");
        SignIn.as(new Actor(maya, "Maya Thompson", false));
    }

    static List<MimeMessage> mailTo(String address) throws Exception {
        app.convene.support.MailThreads.awaitIdle();
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : LocalMailbox.shared().messages()) {
            for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                if (recipient.toString().contains(address)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    @Test
    void approvalCreatesTheKeycloakAccountMakesAStakeholderAndMailsThePerson() throws Exception {
        String email = "ana." + UUID.randomUUID() + "@example.org";
        int mayasMail = mailTo("maya.thompson@example.org").size();
        long id = register(email, "Westside Works " + UUID.randomUUID());
        assertThat(mailTo(email)).extracting(MimeMessage::getSubject)
                .containsExactly("Registration received: Equity@Work");
        // The coordinators' "registration waiting" is a notice (issue 17), mailed at once by default.
        assertThat(jdbc.queryForObject("""
                select count(*) from notice n join person p on p.id = n.person_id where p.email = 'maya.thompson@example.org'
                and n.kind = 'REGISTRATION_WAITING' and n.text like '%Ana López%'""", Integer.class)).isPositive();
        List<MimeMessage> toMaya = mailTo("maya.thompson@example.org");
        assertThat(toMaya.subList(mayasMail, toMaya.size())).as("the coordinator is mailed at once")
                .singleElement().satisfies(waiting -> {
                    assertThat(waiting.getSubject())
                            .isEqualTo("Ana López registered for Equity@Work and waits for your decision.");
                    assertThat(Mailbox.body(waiting)).containsPattern(
                            "Open it in Convene: https?://\\S+/initiatives/equity-at-work/registrations\\s");
                    assertThat(waiting.getHeader("List-Unsubscribe", null)).contains("/unsubscribe/");
                });

        signInAsCoordinator();
        registrations.approve(id, "Welcome", "http://localhost:8080/");

        var row = jdbc.queryForMap("""
                select r.status, r.decision_note, r.person_id, p.subject, p.email, o.name as org
                from registration r join person p on p.id = r.person_id join organization o on o.id = r.organization_id
                where r.id = ?""", id);
        assertThat(row).containsEntry("status", "APPROVED").containsEntry("decision_note", "Welcome")
                .containsEntry("email", email);
        assertThat((String) row.get("org")).startsWith("Westside Works");
        assertThat(jdbc.queryForObject("""
                select count(*) from initiative_role where person_id = ? and role = 'STAKEHOLDER'""", Integer.class,
                row.get("person_id"))).isEqualTo(1);
        KeycloakAccounts.Account again = accounts.ensureAccount(email, "Ana López", "http://localhost:8080/");
        assertThat(again.created()).isFalse();
        assertThat(again.subject()).isEqualTo(row.get("subject"));

        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mailTo(email)) {
            subjects.add(message.getSubject());
        }
        assertThat(subjects).contains("You are a stakeholder of Equity@Work");
        assertThat(subjects).anyMatch(subject -> subject.toLowerCase().contains("update your account"));
    }

    @Test
    void declineKeepsTheRecordAndASecondDecisionIsRefused() throws Exception {
        String email = "decline." + UUID.randomUUID() + "@example.org";
        long id = register(email, "Some Org");
        signInAsCoordinator();

        registrations.decline(id, "Outside the region");

        assertThat(jdbc.queryForMap("select status, decision_note from registration where id = ?", id))
                .containsEntry("status", "DECLINED").containsEntry("decision_note", "Outside the region");
        assertThat(mailTo(email)).extracting(MimeMessage::getSubject)
                .contains("Your registration for Equity@Work");
        assertThatThrownBy(() -> registrations.approve(id, null, "http://localhost:8080/"))
                .isInstanceOf(AlreadyDecidedException.class);
        assertThat(jdbc.queryForObject("select status from registration where id = ?", String.class, id))
                .isEqualTo("DECLINED");
    }

    @Test
    void onlyCoordinatorsOfTheInitiativeMayApproveAndARefusalChangesNothing() {
        String email = "refused." + UUID.randomUUID() + "@example.org";
        long id = register(email, "Refused Org");
        long jordan = fixtures.personId("Jordan Ellis");
        SignIn.as(new Actor(jordan, "Jordan Ellis", false)); // a stakeholder of the same initiative
        Integer persons = jdbc.queryForObject("select count(*) from person", Integer.class);

        assertThatThrownBy(() -> registrations.approve(id, null, "http://localhost:8080/"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> registrations.approve(id, null, "http://localhost:8080/"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        assertThat(jdbc.queryForObject("select status from registration where id = ?", String.class, id)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(persons);
        assertThat(accounts.ensureAccount("probe." + UUID.randomUUID() + "@example.org", "Probe", "http://localhost:8080/")
                .created()).as("Keycloak still answers").isTrue();
    }

    @Test
    void twoCoordinatorsApprovingAtOnceMakeOneStakeholder() throws Exception {
        String email = "race." + UUID.randomUUID() + "@example.org";
        long id = register(email, "Race Org");
        long maya = fixtures.personId("Maya Thompson");
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> approve = () -> {
            SignIn.as(new Actor(maya, "Maya Thompson", false));
            start.await();
            try {
                registrations.approve(id, null, "http://localhost:8080/");
                return "approved";
            } catch (AlreadyDecidedException | org.springframework.dao.OptimisticLockingFailureException
                     | org.springframework.dao.DataIntegrityViolationException e) {
                return "refused";
            } finally {
                SignIn.out();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<String> first = pool.submit(approve);
        Future<String> second = pool.submit(approve);
        start.countDown();
        List<String> results = List.of(first.get(), second.get());
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("approved", "refused");
        assertThat(jdbc.queryForObject("""
                select count(*) from initiative_role r join registration g on g.person_id = r.person_id
                where g.id = ? and r.role = 'STAKEHOLDER' and r.initiative_id = g.initiative_id""", Integer.class, id))
                .isEqualTo(1);
    }
}
