package app.convene.support;

import app.convene.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ids of the demo content by what people call it: one place for the lookups the tests share.
 * A bean in every test context ({@code @Autowired Fixtures fixtures}).
 */
@Component
public final class Fixtures {

    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person by display name (the demo people are unique by name). */
    public long personId(String displayName) {
        return jdbc.sql("select id from person where display_name = ?").param(displayName).query(Long.class).single();
    }

    /** An initiative by its address. */
    public long initiativeId(String slug) {
        return jdbc.sql("select id from initiative where slug = ?").param(slug).query(Long.class).single();
    }

    /** A workgroup of an initiative by its name. */
    public long workgroupId(String initiativeSlug, String workgroupName) {
        return jdbc.sql("""
                select w.id from workgroup w join initiative i on i.id = w.initiative_id
                where i.slug = ? and w.name = ?""").params(initiativeSlug, workgroupName).query(Long.class).single();
    }

    /** A recommendation by its title. */
    public long recommendationId(String title) {
        return jdbc.sql("select id from recommendation where title = ?").param(title).query(Long.class).single();
    }

    /** A milestone of an initiative by its title. */
    public long milestoneId(String initiativeSlug, String title) {
        return jdbc.sql("""
                select m.id from milestone m join initiative i on i.id = m.initiative_id
                where i.slug = ? and m.title = ?""").params(initiativeSlug, title).query(Long.class).single();
    }

    /** Signs the demo person of that name in for the test (no administrator); {@code SignIn.out()} ends it. */
    public void signInAs(String displayName) {
        SignIn.as(new Actor(personId(displayName), displayName, false));
    }

    /** A new person holding {@code role} in the initiative (no sign-in account), as an actor to sign in with. */
    public Actor newPerson(long initiativeId, String displayName, String role) {
        long id = jdbc.sql("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, ?, ?, false, now()) returning id""")
                .params("subject-" + java.util.UUID.randomUUID(), displayName, java.util.UUID.randomUUID() + "@example.org")
                .query(Long.class).single();
        jdbc.sql("insert into initiative_role (initiative_id, person_id, role) values (?, ?, ?)")
                .params(initiativeId, id, role).update();
        return new Actor(id, displayName, false);
    }
}
