package app.convene.convenings;

import app.convene.convenings.internal.RsvpQueries;
import app.convene.convenings.internal.RsvpQueries.ConveningRow;
import app.convene.convenings.internal.RsvpQueries.RsvpRow;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeStatus;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RSVPs: members in one click (to one occurrence or to the series' future occurrences), guests by
 * name, email and organization confirmed through a single-use mailed link; cancelling frees the seat
 * for the first on the waitlist. Seats are counted with the convening's row locked, so capacity holds
 * however many ask at once.
 */
@Service
@Transactional(readOnly = true)
public class RsvpService {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final RsvpQueries queries;
    private final RsvpPlacement placement;
    private final ConveningAccess access;
    private final Authorization authorization;
    private final AuditLog audit;
    private final GuestLetters letters;
    private final InitiativeDirectory initiatives;
    private final Clock clock;
    private final Duration confirmWithin;

    RsvpService(RsvpQueries queries, RsvpPlacement placement, ConveningAccess access, Authorization authorization,
                AuditLog audit, GuestLetters letters, InitiativeDirectory initiatives, Clock clock,
                @Value("${convene.rsvp.guest-confirm-within:48h}") Duration confirmWithin) {
        this.initiatives = initiatives;
        this.queries = queries;
        this.placement = placement;
        this.access = access;
        this.authorization = authorization;
        this.audit = audit;
        this.letters = letters;
        this.clock = clock;
        this.confirmWithin = confirmWithin;
    }

    /** The reader's RSVP to one occurrence; the online link only while confirmed. */
    public record MyRsvp(long rsvpId, RsvpStatus status, Integer waitlistRank, boolean forSeries, String onlineLink) {
    }

    /** A guest's answers (needs: need → detail such as the language); their mail is in the form's {@code language}. */
    public record GuestRsvp(String name, String email, String organization, Map<Accommodation, String> needs,
                            Locale language) {

        /** Answers whose form language is not known: the guest's mail is in English. */
        public GuestRsvp(String name, String email, String organization, Map<Accommodation, String> needs) {
            this(name, email, organization, needs, null);
        }
    }

    /** What following a mailed link did. */
    public enum LinkState { DONE, USED, EXPIRED, UNKNOWN }

    public record LinkOutcome(LinkState state, Long conveningId, String conveningTitle, RsvpStatus status,
                              Integer waitlistRank) {
        static LinkOutcome unknown() {
            return new LinkOutcome(LinkState.UNKNOWN, null, null, null, null);
        }
    }

    /**
     * The signed-in member's RSVP to the convening (or, {@code wholeSeries}, to each scheduled future
     * occurrence of its series they do not have one for yet). Returns the RSVP to this convening.
     */
    @Transactional
    public MyRsvp rsvp(long conveningId, boolean wholeSeries, Map<Accommodation, String> needs) {
        Actor actor = member(conveningId);
        Map<Accommodation, String> checked = Needs.checked(needs);
        ConveningRow first = open(conveningId);
        List<Long> occurrences = wholeSeries && first.seriesId() != null
                ? queries.futureOccurrences(first.seriesId(), clock.instant()) : List.of(conveningId);
        for (long id : occurrences) {
            if (id == conveningId || (access.maySee(id) && queries.active(id, actor.personId()).isEmpty()
                    && accepting(queries.convening(id).orElseThrow()))) {
                take(id, actor.personId(), wholeSeries, checked);
            }
        }
        return mine(conveningId).orElseThrow();
    }

    private void take(long conveningId, long personId, boolean forSeries, Map<Accommodation, String> needs) {
        ConveningRow convening = queries.lockConvening(conveningId).orElseThrow();
        if (queries.active(conveningId, personId).isPresent()) {
            throw new ValidationError("rsvp", "rsvp.error.already");
        }
        RsvpStatus status = placement.statusFor(convening);
        long id = queries.insertMember(conveningId, personId, status.name(), forSeries,
                placement.positionFor(convening, status), clock.instant());
        needs.forEach((need, detail) -> queries.addNeed(id, need.name(), detail));
        audit.record("rsvp.created", "rsvp", id, convening.initiativeId(), null, status.name());
        placement.announce(convening, id, status, false);
    }

    /** A visitor asks for a seat; it is held once they follow the link mailed to them. Returns the RSVP's id. */
    @Transactional
    public long requestAsGuest(long conveningId, GuestRsvp guest) {
        if (!access.maySee(conveningId)) {
            throw access.refused("RSVP to convening " + conveningId);
        }
        String name = required("name", guest.name(), 200);
        String email = required("email", guest.email(), 320);
        if (!EMAIL.matcher(email).matches()) {
            throw new ValidationError("email", "rsvp.error.email");
        }
        String organization = guest.organization() == null || guest.organization().isBlank() ? null
                : required("organization", guest.organization(), 300);
        Map<Accommodation, String> needs = Needs.checked(guest.needs());
        ConveningRow convening = open(conveningId);
        if (queries.activeGuest(conveningId, email)) {
            throw new ValidationError("email", "rsvp.error.guestAlready");
        }
        String token = RsvpTokens.newToken();
        Instant now = clock.instant();
        String language = GuestLetters.tag(guest.language());
        long id = queries.insertGuest(conveningId, name, email, organization, language, RsvpTokens.hash(token),
                now.plus(confirmWithin), now);
        needs.forEach((need, detail) -> queries.addNeed(id, need.name(), detail));
        audit.record("rsvp.requested", "rsvp", id, convening.initiativeId(), null, "guest");
        letters.confirmLink(email, GuestLetters.language(language), name, convening.title(), token);
        return id;
    }

    /** Follows a guest's mailed link once: the RSVP takes a seat or a waitlist place. */
    @Transactional
    public LinkOutcome confirmGuest(String token) {
        Optional<RsvpRow> found = queries.byConfirmHash(RsvpTokens.hash(token));
        if (found.isEmpty()) {
            return LinkOutcome.unknown();
        }
        ConveningRow convening = queries.lockConvening(found.get().conveningId()).orElseThrow();
        RsvpRow rsvp = queries.lock(found.get().id()).orElseThrow();
        if (!RsvpStatus.PENDING.name().equals(rsvp.status())) {
            return outcome(LinkState.USED, convening, rsvp.id());
        }
        if (!clock.instant().isBefore(rsvp.confirmBy()) || !open(convening)) {
            queries.setStatus(rsvp.id(), RsvpStatus.EXPIRED.name(), null, clock.instant());
            audit.record(Actor.SYSTEM, "rsvp.expired", "rsvp", rsvp.id(), convening.initiativeId(),
                    RsvpStatus.PENDING.name(), RsvpStatus.EXPIRED.name());
            return outcome(LinkState.EXPIRED, convening, rsvp.id());
        }
        RsvpStatus status = placement.statusFor(convening);
        queries.setStatus(rsvp.id(), status.name(), placement.positionFor(convening, status), clock.instant());
        audit.record(Actor.SYSTEM, "rsvp.confirmed", "rsvp", rsvp.id(), convening.initiativeId(), null,
                status.name());
        placement.announce(convening, rsvp.id(), status, false);
        return outcome(LinkState.DONE, convening, rsvp.id());
    }

    /** Follows a mailed cancel link once. */
    @Transactional
    public LinkOutcome cancelByLink(String token) {
        Optional<RsvpRow> found = queries.byCancelHash(RsvpTokens.hash(token));
        if (found.isEmpty()) {
            return LinkOutcome.unknown();
        }
        ConveningRow convening = queries.lockConvening(found.get().conveningId()).orElseThrow();
        RsvpRow rsvp = queries.lock(found.get().id()).orElseThrow();
        if (!isActive(rsvp)) {
            return outcome(LinkState.USED, convening, rsvp.id());
        }
        cancel(convening, rsvp, Actor.SYSTEM);
        return outcome(LinkState.DONE, convening, rsvp.id());
    }

    /** The signed-in member cancels their RSVP to this occurrence; a freed seat goes to the first waiting. */
    @Transactional
    public void cancel(long conveningId) {
        Actor actor = member(conveningId);
        ConveningRow convening = queries.lockConvening(conveningId).orElseThrow();
        RsvpRow rsvp = queries.active(conveningId, actor.personId())
                .flatMap(r -> queries.lock(r.id())).orElseThrow(() -> new ValidationError("rsvp", "rsvp.error.none"));
        cancel(convening, rsvp, actor);
    }

    private void cancel(ConveningRow convening, RsvpRow rsvp, Actor actor) {
        queries.setStatus(rsvp.id(), RsvpStatus.CANCELLED.name(), null, clock.instant());
        audit.record(actor, "rsvp.cancelled", "rsvp", rsvp.id(), convening.initiativeId(), rsvp.status(),
                RsvpStatus.CANCELLED.name());
        if (RsvpStatus.CONFIRMED.name().equals(rsvp.status())) {
            placement.promote(convening).forEach(seated -> audit.record(Actor.SYSTEM, "rsvp.promoted", "rsvp", seated,
                    convening.initiativeId(), RsvpStatus.WAITLISTED.name(), RsvpStatus.CONFIRMED.name()));
        }
    }

    /** The signed-in reader's active RSVP to the convening, if any. */
    public Optional<MyRsvp> mine(long conveningId) {
        Optional<Long> person = authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId);
        if (person.isEmpty() || !access.maySee(conveningId)) {
            return Optional.empty();
        }
        ConveningRow convening = queries.convening(conveningId).orElseThrow();
        return queries.active(conveningId, person.get()).map(r -> {
            RsvpStatus status = RsvpStatus.valueOf(r.status());
            return new MyRsvp(r.id(), status, status == RsvpStatus.WAITLISTED
                    ? queries.waitlistRank(conveningId, r.waitlistPosition()) : null,
                    queries.forSeries(r.id()), status == RsvpStatus.CONFIRMED ? convening.onlineLink() : null);
        });
    }

    /** What the RSVP part shows the reader; empty when they may not see the convening. */
    public Optional<Reader> reader(long conveningId) {
        if (!access.maySee(conveningId)) {
            return Optional.empty();
        }
        ConveningRow convening = queries.convening(conveningId).orElseThrow();
        boolean signedIn = authorization.currentActor().filter(a -> !a.isSystem()).isPresent();
        return Optional.of(new Reader(signedIn, accepting(convening), convening.seriesId() != null,
                access.mayManage(conveningId), mine(conveningId), archived(convening)));
    }

    /** The reader of a convening: signed in or a visitor, whether it takes RSVPs now (not when archived), their RSVP. */
    public record Reader(boolean signedIn, boolean accepting, boolean inSeries, boolean organizer,
                         Optional<MyRsvp> mine, boolean archived) {
    }

    private LinkOutcome outcome(LinkState state, ConveningRow convening, long rsvpId) {
        RsvpRow row = queries.lock(rsvpId).orElseThrow();
        RsvpStatus status = RsvpStatus.valueOf(row.status());
        return new LinkOutcome(state, convening.id(), convening.title(), status,
                status == RsvpStatus.WAITLISTED ? queries.waitlistRank(convening.id(), row.waitlistPosition()) : null);
    }

    private Actor member(long conveningId) {
        Actor actor = authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in to RSVP"));
        if (!access.maySee(conveningId)) {
            throw new AccessDeniedException(actor.name() + " may not see convening " + conveningId);
        }
        return actor;
    }

    /** The convening, refused by the field when it takes no RSVPs now (an archived initiative takes none). */
    private ConveningRow open(long conveningId) {
        ConveningRow convening = queries.convening(conveningId).orElseThrow();
        if (archived(convening)) {
            throw new ValidationError("rsvp", "rsvp.error.archived");
        }
        if (ConveningStatus.CANCELLED.name().equals(convening.status())) {
            throw new ValidationError("rsvp", "rsvp.error.cancelled");
        }
        if (!accepting(convening)) {
            throw new ValidationError("rsvp", "rsvp.error.deadline");
        }
        return convening;
    }

    private boolean open(ConveningRow convening) {
        return !archived(convening) && ConveningStatus.SCHEDULED.name().equals(convening.status()) && clock.instant().isBefore(convening.startsAt());
    }

    private boolean archived(ConveningRow convening) {
        return initiatives.statusOf(convening.initiativeId()) == InitiativeStatus.ARCHIVED;
    }

    private boolean accepting(ConveningRow convening) {
        Instant now = clock.instant();
        return !archived(convening) && ConveningStatus.SCHEDULED.name().equals(convening.status()) && now.isBefore(convening.startsAt())
                && (convening.rsvpDeadline() == null || !now.isAfter(convening.rsvpDeadline()));
    }

    private static boolean isActive(RsvpRow rsvp) {
        return !RsvpStatus.CANCELLED.name().equals(rsvp.status()) && !RsvpStatus.EXPIRED.name().equals(rsvp.status());
    }

    private static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationError(field, "rsvp.error.required");
        }
        if (trimmed.length() > max) {
            throw new ValidationError(field, "rsvp.error.tooLong", max);
        }
        return trimmed;
    }
}
