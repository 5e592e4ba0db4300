package app.convene.security;

import app.convene.security.internal.Person;
import app.convene.security.internal.PersonQueries;
import app.convene.security.internal.PersonRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people Convene knows: created at first sign-in, kept in step with Keycloak at every sign-in. */
@Service
@Transactional(readOnly = true)
public class PersonService {

    /** How precisely a person's last sign-in is kept: a sign-in with unchanged data within this time writes nothing. */
    static final Duration LAST_SIGN_IN_PRECISION = Duration.ofHours(1);

    private final PersonRepository persons;
    private final Authorization authorization;
    private final AuditLog audit;
    private final KeycloakProperties keycloak;
    private final Clock clock;
    private final PersonQueries queries;
    private final InitiativePeople people;
    private final ApplicationEventPublisher events;

    PersonService(PersonRepository persons, Authorization authorization, AuditLog audit, KeycloakProperties keycloak,
                  Clock clock, PersonQueries queries, InitiativePeople people,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.queries = queries;
        this.people = people;
        this.persons = persons;
        this.authorization = authorization;
        this.audit = audit;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    /**
     * At sign-in: finds the person by issuer and subject, creating them on first sign-in. Safe when
     * the same person signs in several times at once (two tabs): the row is created by an atomic
     * insert that leaves an existing row alone, then locked, so concurrent sign-ins wait for each
     * other instead of failing, and each change is audited once. Whether the email is verified is
     * kept: only a verified email links the person to a registration made with it. A sign-in whose data equals the
     * stored data, within {@link #LAST_SIGN_IN_PRECISION} of the last one kept, only reads the row.
     */
    @Transactional
    Actor signedIn(String issuer, String subject, String name, String email, boolean emailVerified,
                   boolean administrator) {
        return signedIn(issuer, subject, name, email, emailVerified, administrator, null);
    }

    /**
     * As {@link #signedIn(String, String, String, String, boolean, boolean)}; a person signing in for the first
     * time keeps {@code language} (the language of the session they signed in from) as the language of their mail.
     */
    @Transactional
    Actor signedIn(String issuer, String subject, String name, String email, boolean emailVerified,
                   boolean administrator, Locale language) {
        Instant now = clock.instant();
        PersonQueries.Stored stored = queries.stored(issuer, subject).orElse(null);
        if (stored != null && !stored.closed() && stored.matches(name, email, emailVerified, administrator)
                && stored.lastLoginAt() != null && stored.lastLoginAt().isAfter(now.minus(LAST_SIGN_IN_PRECISION))) {
            // Nothing to keep (decision 0053): one read, no lock, no write. A change takes the locked path below,
            // which reads the row again under the lock, so concurrent sign-ins still audit a change once.
            return new Actor(stored.id(), stored.displayName(), stored.administrator());
        }
        Long created = queries.insertIfAbsent(issuer, subject, name, email, administrator, now,
                language == null ? null : language.getLanguage()).orElse(null);
        Person person = persons.lockByIssuerAndSubject(issuer, subject).orElseThrow();
        if (person.isClosed()) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("access_denied", "This account was closed", null));
        }
        String before = describe(person);
        boolean changed = person.syncFromProvider(name, email, emailVerified, administrator, now);
        Actor actor = new Actor(person.getId(), person.getDisplayName(), person.isAdministrator());
        if (created != null) {
            audit.record(actor, "person.created", "person", person.getId(), null, null, describe(person));
        } else if (changed) {
            audit.record(actor, "person.updated", "person", person.getId(), null, before, describe(person));
        }
        return actor;
    }

    /**
     * Registers a person whose Keycloak subject is already known (demo content, pre-provisioned
     * accounts) so that roles can be given before their first sign-in. Administrators and the system only.
     */
    @Transactional
    public long registerKnown(String subject, String name, String email) {
        authorization.check(Action.APPOINT_COORDINATOR, null);
        return persons.findByIssuerAndSubject(keycloak.issuerUri(), subject).map(Person::getId).orElseGet(() -> {
            Person person = persons.save(new Person(keycloak.issuerUri(), subject, name, email));
            audit.record("person.registered", "person", person.getId(), null, null, describe(person));
            return person.getId();
        });
    }

    /**
     * The person for a Keycloak account that a coordinator's approval just created or found, so that
     * they can be made a stakeholder of the initiative (coordinators of it).
     */
    @Transactional
    public long provisionForInitiative(long initiativeId, String subject, String name, String email) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        return provision(initiativeId, subject, name, email);
    }

    /**
     * The person for a Keycloak account an administrator just created or found to appoint them coordinator of
     * the initiative (administrators).
     */
    @Transactional
    public long provisionForCoordinator(long initiativeId, String subject, String name, String email) {
        authorization.check(Action.APPOINT_COORDINATOR, initiativeId);
        return provision(initiativeId, subject, name, email);
    }

    private long provision(long initiativeId, String subject, String name, String email) {
        return persons.findByIssuerAndSubject(keycloak.issuerUri(), subject).map(Person::getId).orElseGet(() -> {
            Person person = persons.save(new Person(keycloak.issuerUri(), subject, name, email));
            audit.record("person.registered", "person", person.getId(), initiativeId, null, describe(person));
            return person.getId();
        });
    }

    /** The signed-in person's own record (name, email), for their profile and data download. */
    public PersonSummary me() {
        Actor actor = signedInPerson();
        return find(actor.personId()).orElseThrow();
    }

    /**
     * The signed-in person's email when the identity provider verified it at their last sign-in:
     * the only email that may link them to a registration (or profile) made with it.
     */
    public Optional<String> myVerifiedEmail() {
        Person person = persons.findById(signedInPerson().personId()).orElseThrow();
        return person.isEmailVerified() ? Optional.ofNullable(person.getEmail()) : Optional.empty();
    }

    /**
     * Whether an open account holds this email. For the public registration only, which must not
     * show the answer (a repeat registration is confirmed by mail whether or not the email is known).
     */
    public boolean hasAccountWithEmail(String email) {
        return email != null && !email.isBlank() && queries.hasEmail(email);
    }

    /**
     * Closes the signed-in person's account in Convene: name and email are removed (the row stays,
     * so what they took part in still counts), and the audit log no longer names them (see
     * {@link #closeMyAccount(Collection)}). Returns their Keycloak subject, to disable the login.
     */
    @Transactional
    public String closeMyAccount() {
        return closeMyAccount(List.of());
    }

    /**
     * Closes the account as {@link #closeMyAccount()} does; {@code alsoNamed} are the other names and
     * emails the person went by (their profiles), which the audit log forgets as well as the account's.
     * Other people's notices that name them name the label instead, and the modules replace the copies
     * of their name they keep (see {@link AccountClosed}), all in this transaction.
     */
    @Transactional
    public String closeMyAccount(Collection<String> alsoNamed) {
        Actor actor = signedInPerson();
        Person person = persons.findById(actor.personId()).orElseThrow();
        List<String> names = new ArrayList<>(alsoNamed);
        names.add(person.getDisplayName());
        names.add(person.getEmail());
        names.add(actor.name());
        String subject = person.getSubject();
        person.anonymise(clock.instant());
        persons.flush();
        audit.record("person.closed", "person", person.getId(), null, null, "closed");
        audit.forget(person.getId(), names, person.getDisplayName());
        events.publishEvent(AccountClosed.of(person.getId(), names));
        return subject;
    }

    private Actor signedInPerson() {
        Actor actor = authorization.currentActor()
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (actor.isSystem()) {
            throw new AccessDeniedException("The system has no account");
        }
        return actor;
    }

    /** The signed-in person's calendar feed secret, made on first request. */
    @Transactional
    public String myCalendarToken() {
        Actor actor = signedInPerson();
        String existing = queries.calendarToken(actor.personId()).orElse(null);
        if (existing != null) {
            return existing;
        }
        String token = newSecret();
        queries.setCalendarToken(actor.personId(), token);
        audit.record("person.calendarToken", "person", actor.personId(), null, null, "calendar feed address created");
        return token;
    }

    /**
     * Gives the signed-in person a new calendar feed secret in place of the old one, whose address
     * stops working at once (for an address that was shared or leaked).
     */
    @Transactional
    public String newCalendarToken() {
        Actor actor = signedInPerson();
        String token = newSecret();
        queries.setCalendarToken(actor.personId(), token);
        audit.record("person.calendarTokenReplaced", "person", actor.personId(), null, null,
                "calendar feed address replaced; the old one no longer works");
        return token;
    }

    private static String newSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whose calendar feed a secret opens, if anyone's (for the feed itself). */
    public Optional<Long> byCalendarToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return queries.byCalendarToken(token);
    }

    public Optional<PersonSummary> find(long personId) {
        return persons.findById(personId).map(p -> new PersonSummary(p.getId(), p.getDisplayName(), p.getEmail()));
    }

    /**
     * People to choose in the initiative's pickers (coordinators of it): those related to it (see
     * {@link InitiativePeople}), by part of name or email, with their email (the coordinators already
     * hold it). Administrators also find anyone by exactly their email (the first coordinator of a new
     * initiative is related to nothing yet); nobody browses the people of other initiatives.
     */
    public Slice<PersonSummary> search(long initiativeId, String text, Pageable pageable) {
        Actor actor = authorization.check(Action.VIEW_ROLES, initiativeId);
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return queries.search(people.of(initiativeId), needle, actor.administrator() || actor.isSystem() ? needle : null,
                pageable);
    }

    private static String describe(Person person) {
        return "name=" + person.getDisplayName() + ", email=" + person.getEmail() + ", emailVerified="
                + person.isEmailVerified() + ", administrator=" + person.isAdministrator();
    }
}
