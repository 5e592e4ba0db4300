package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The demo's people (known to Keycloak by subject) and their roles in the coalitions. */
@Lazy
@Component
class PeopleLoader {

    private final InitiativeService initiatives;
    private final PersonService persons;
    private final RoleService roles;

    PeopleLoader(InitiativeService initiatives, PersonService persons, RoleService roles) {
        this.initiatives = initiatives;
        this.persons = persons;
        this.roles = roles;
    }

    void load(DemoPeople people) {
        for (DemoPeople.Person person : people.people()) {
            long personId = persons.registerKnown(person.subject(), person.name(), person.email());
            for (DemoPeople.Role role : person.roles()) {
                long initiativeId = initiatives.findPublicBySlug(role.initiative()).map(InitiativeDetails::id)
                        .orElseThrow(() -> new IllegalStateException("Demo role names unknown initiative " + role.initiative()));
                roles.appoint(initiativeId, personId, role.role());
            }
        }
    }
}
