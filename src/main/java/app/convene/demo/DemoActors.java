package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.security.Actor;
import app.convene.security.PersonService;
import java.util.function.Function;

/** The demo's people as actors, by name: each registered (once) as a known person when first named. */
final class DemoActors {

    private DemoActors() {
    }

    /** Names to actors; a name not among the demo people fails the load, naming {@code what} named it. */
    static Function<String, Actor> of(DemoPeople people, PersonService persons, String what) {
        return name -> people.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> new Actor(persons.registerKnown(p.subject(), p.name(), p.email()), p.name(), false))
                .orElseThrow(() -> new IllegalStateException(what + " names unknown person " + name));
    }
}
