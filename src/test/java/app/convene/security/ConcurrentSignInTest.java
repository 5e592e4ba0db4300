package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The same person signing in many times at once (two tabs, a busy morning): every sign-in
 * succeeds, there is one person row, and the audit log records each change once.
 */
@ConveneTest
class ConcurrentSignInTest {

    static final int PARALLEL = 20;

    @Autowired
    ConveneOidcUserService users;
    @Autowired
    PersonService persons;
    @Autowired
    KeycloakProperties keycloak;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void twentyFirstSignInsAtOnceAllSucceedWithOnePersonAndOneCreation() throws Exception {
        List<Long> ids = signInAtOnce("subject-first", "Ada Lovelace", "ada@example.org");

        assertThat(ids).hasSize(PARALLEL).containsOnly(ids.getFirst());
        assertThat(jdbc.queryForObject("select count(*) from person where subject = 'subject-first'", Integer.class))
                .isEqualTo(1);
        assertThat(personAudit(ids.getFirst())).containsExactly("person.created");
    }

    @Test
    void twentyRepeatedSignInsWithANewNameAndEmailAllSucceedAndTheChangeIsAuditedOnce() throws Exception {
        long id = users.toConveneUser(oidcUser("subject-again", "Grace Hopper", "grace@example.org")).actor().personId();

        List<Long> ids = signInAtOnce("subject-again", "Grace B. Hopper", "grace.hopper@example.org");

        assertThat(ids).hasSize(PARALLEL).containsOnly(id);
        assertThat(jdbc.queryForObject("select count(*) from person where subject = 'subject-again'", Integer.class))
                .isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("select display_name, email from person where id = ?", id);
        assertThat(row).containsEntry("display_name", "Grace B. Hopper").containsEntry("email", "grace.hopper@example.org");
        assertThat(personAudit(id)).containsExactly("person.created", "person.updated");
        assertThat(jdbc.queryForObject("select after_state from audit_event where action = 'person.updated' and subject_id = ?",
                String.class, String.valueOf(id))).contains("Grace B. Hopper", "grace.hopper@example.org");
    }

    @Test
    void aClosedAccountIsStillRefused() {
        ConveneUser user = users.toConveneUser(oidcUser("subject-closed", "Closed Person", "closed@example.org"));
        SignIn.as(user.actor());
        persons.closeMyAccount();
        SignIn.out();

        assertThatThrownBy(() -> users.toConveneUser(oidcUser("subject-closed", "Closed Person", "closed@example.org")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("closed");
        assertThat(jdbc.queryForObject("select count(*) from person where subject = 'subject-closed' and closed_at is not null",
                Integer.class)).isEqualTo(1);
    }

    /** Signs the same identity in from many threads released together; returns each sign-in's person id. */
    private List<Long> signInAtOnce(String subject, String name, String email) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                Callable<Long> signIn = () -> {
                    start.await();
                    return users.toConveneUser(oidcUser(subject, name, email)).actor().personId();
                };
                results.add(pool.submit(signIn));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> result : results) {
                ids.add(result.get(60, TimeUnit.SECONDS)); // a failed sign-in fails the test here
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> personAudit(long id) {
        return jdbc.queryForList("select action from audit_event where subject_type = 'person' and subject_id = ? order by id",
                String.class, String.valueOf(id));
    }

    private DefaultOidcUser oidcUser(String subject, String name, String email) {
        OidcIdToken idToken = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "iss", keycloak.issuerUri(), "sub", subject, "name", name, "email", email, "realm_roles", List.of()));
        return new DefaultOidcUser(List.of(), idToken, "sub");
    }
}
