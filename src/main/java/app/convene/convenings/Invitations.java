package app.convene.convenings;

import app.convene.convenings.internal.CalendarQueries;
import app.convene.convenings.internal.CalendarQueries.Attendee;
import app.convene.convenings.internal.CalendarQueries.ConveningRow;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.timeline.CalendarEvent;
import app.convene.timeline.ICalendar;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RFC 5546 invitations for one RSVP: {@code METHOD:REQUEST} (ORGANIZER, ATTENDEE, the stable UID and the
 * convening's SEQUENCE, with the online link) and {@code METHOD:CANCEL}. Each call records the sequence and
 * method sent to that RSVP, so the change sweep sends nothing the RSVP already has: a caller attaching the
 * REQUEST to a confirmation mail calls it inside the transaction that confirms. For the system, the
 * convening's organizers and the RSVP's own person.
 */
@Service
@Transactional
public class Invitations {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    private final CalendarQueries queries;
    private final ConveningAccess access;
    private final ConveningEvents events;
    private final Authorization authorization;
    private final Clock clock;

    Invitations(CalendarQueries queries, ConveningAccess access, ConveningEvents events, Authorization authorization,
                Clock clock) {
        this.queries = queries;
        this.access = access;
        this.events = events;
        this.authorization = authorization;
        this.clock = clock;
    }

    public String request(long conveningId, long rsvpId) {
        return send(conveningId, rsvpId, REQUEST);
    }

    public String cancel(long conveningId, long rsvpId) {
        return send(conveningId, rsvpId, CANCEL);
    }

    /**
     * The REQUEST a confirmation mail carries, recorded as sent so the change sweep does not send it again. For
     * the confirming code itself (a guest following their link has no account), inside its transaction.
     */
    String forConfirmation(long conveningId, long rsvpId) {
        return record(attendee(conveningId, rsvpId), REQUEST);
    }

    private Attendee attendee(long conveningId, long rsvpId) {
        return queries.attendee(rsvpId).filter(a -> a.conveningId() == conveningId)
                .orElseThrow(() -> new NoSuchElementException("No RSVP " + rsvpId + " to convening " + conveningId));
    }

    private String send(long conveningId, long rsvpId, String method) {
        Attendee attendee = attendee(conveningId, rsvpId);
        Actor actor = authorization.currentActor().orElseThrow(() ->
                new AccessDeniedException("Sign in to send the invitation of RSVP " + rsvpId));
        if (!actor.isSystem() && !actor.administrator() && !actor.personId().equals(attendee.personId())
                && !access.mayManage(conveningId)) {
            throw new AccessDeniedException(actor.name() + " may not send the invitation of RSVP " + rsvpId);
        }
        return record(attendee, method);
    }

    private String record(Attendee attendee, String method) {
        ConveningRow convening = queries.convening(attendee.conveningId()).orElseThrow();
        queries.markInvitation(attendee.rsvpId(), convening.sequence(), method);
        return message(convening, attendee, method);
    }

    /** The calendar message itself, recording nothing (the sweep records before it sends). */
    String message(ConveningRow convening, Attendee attendee, String method) {
        CalendarEvent event = events.of(convening, REQUEST.equals(method));
        if (CANCEL.equals(method)) {
            event = new CalendarEvent(event.uid(), event.start(), event.end(), event.zone(), event.sequence(),
                    event.summary(), event.description(), event.location(), event.url(), true);
        }
        String name = attendee.name() == null ? attendee.email() : attendee.name();
        List<String> people = List.of(
                "ORGANIZER;CN=" + ICalendar.parameter(convening.initiativeName()) + ":mailto:" + events.organizer(),
                "ATTENDEE;CN=" + ICalendar.parameter(name) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:"
                        + attendee.email());
        StringBuilder out = new StringBuilder();
        ICalendar.begin(out, method, null);
        ICalendar.timeZones(out, List.of(event));
        ICalendar.event(out, event, clock.instant(), people);
        ICalendar.end(out);
        return out.toString();
    }
}
