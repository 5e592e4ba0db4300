package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Decision 0053: a sign-in whose name, email, email verification and administrator flag equal the stored ones
 * writes nothing (one read, no lock, no new row version), unless the last sign-in kept is older than an hour; a
 * change is still written and audited.
 */
@ConveneTest
class UnchangedSignInTest {

    @Autowired
    ConveneOidcUserService users;
    @Autowired
    KeycloakProperties keycloak;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUnchangedSignInWritesNothing() {
        long id = users.toConveneUser(oidcUser("subject-unchanged", "Ida Wells", List.of())).actor().personId();
        Map<String, Object> before = row(id);

        ConveneUser again = users.toConveneUser(oidcUser("subject-unchanged", "Ida Wells", List.of()));

        assertThat(again.actor().personId()).isEqualTo(id);
        assertThat(again.actor().name()).isEqualTo("Ida Wells");
        assertThat(row(id)).as("same row version (xmin), version and last sign-in").isEqualTo(before);
        assertThat(audit(id)).containsExactly("person.created");
    }

    @Test
    void aSignInAfterAnHourKeepsTheNewLastSignIn() {
        long id = users.toConveneUser(oidcUser("subject-hour", "Ida Hour", List.of())).actor().personId();
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        jdbc.update("update person set last_login_at = ? where id = ?", Timestamp.from(longAgo), id);

        users.toConveneUser(oidcUser("subject-hour", "Ida Hour", List.of()));

        Instant kept = jdbc.queryForObject("select last_login_at from person where id = ?", Timestamp.class, id).toInstant();
        assertThat(kept).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(audit(id)).containsExactly("person.created");
    }

    @Test
    void aChangedAdministratorFlagIsStillWrittenAndAudited() {
        long id = users.toConveneUser(oidcUser("subject-promoted", "Ida Admin", List.of())).actor().personId();

        ConveneUser promoted = users.toConveneUser(oidcUser("subject-promoted", "Ida Admin", List.of("portal-admin")));

        assertThat(promoted.actor().administrator()).isTrue();
        assertThat(jdbc.queryForObject("select administrator from person where id = ?", Boolean.class, id)).isTrue();
        assertThat(audit(id)).containsExactly("person.created", "person.updated");
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select xmin::text as xmin, version, last_login_at from person where id = ?", id);
    }

    private List<String> audit(long id) {
        return jdbc.queryForList("select action from audit_event where subject_type = 'person' and subject_id = ? order by id",
                String.class, String.valueOf(id));
    }

    private DefaultOidcUser oidcUser(String subject, String name, List<String> realmRoles) {
        OidcIdToken idToken = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "iss", keycloak.issuerUri(), "sub", subject, "name", name, "email", subject + "@example.org",
                "email_verified", true, "realm_roles", realmRoles));
        return new DefaultOidcUser(List.of(), idToken, "sub");
    }
}
