package app.convene.support;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fresh initiatives and people made through the services as the system, for tests that must know
 * exactly who is related to which initiative (unique names, so tests can share a database).
 */
@Component
public final class SmallInitiatives {

    private final InitiativeService initiatives;
    private final PersonService persons;
    private final RoleService roles;
    private final JdbcClient jdbc;

    public SmallInitiatives(InitiativeService initiatives, PersonService persons, RoleService roles, JdbcClient jdbc) {
        this.initiatives = initiatives;
        this.persons = persons;
        this.roles = roles;
        this.jdbc = jdbc;
    }

    /** A new initiative with one strategic goal. */
    public long initiative() {
        String slug = "small-" + UUID.randomUUID().toString().substring(0, 8);
        return Authorization.runAsSystem(() -> initiatives.create(new NewInitiative(slug, "Small " + slug, "Region",
                null, null, null, List.of(new NewInitiative.GoalDraft("Goal of " + slug, null, List.of())), List.of())));
    }

    /** The id of the initiative's one goal. */
    public long goalOf(long initiativeId) {
        return initiatives.findById(initiativeId).map(InitiativeDirectory.InitiativeRef::goals).orElseThrow()
                .getFirst().id();
    }

    /** A new person with a unique name and email ({@code <name>-<suffix>@example.org}). */
    public Actor person(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unique = name + " " + suffix;
        long id = Authorization.runAsSystem(() -> persons.registerKnown("small-" + suffix, unique,
                name.toLowerCase().replace(' ', '.') + "-" + suffix + "@example.org"));
        return new Actor(id, unique, false);
    }

    /** A new person holding the role in the initiative. */
    public Actor withRole(long initiativeId, InitiativeRole role, String name) {
        Actor actor = person(name);
        Authorization.runAsSystem(() -> roles.appoint(initiativeId, actor.personId(), role));
        return actor;
    }

    /** A registration of the person in the initiative (set-up straight in the table), with their organization. */
    public void registration(long initiativeId, Actor person, String status, boolean directoryConsent, String organization) {
        jdbc.sql("""
                insert into registration (initiative_id, email_key, name, email, proposed_organization, sector, region,
                                          directory_consent, status, person_id)
                values (?, ?, ?, ?, ?, 'EMPLOYER', 'North', ?, ?, ?)""")
                .params(initiativeId, "key-" + person.personId(), person.name(), person.personId() + "@example.org",
                        organization, directoryConsent, status, person.personId()).update();
    }
}
