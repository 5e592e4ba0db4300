package app.convene.convenings;

import app.convene.convenings.internal.RsvpQueries;
import app.convene.convenings.internal.RsvpQueries.ConveningRow;
import app.convene.convenings.internal.RsvpQueries.RsvpRow;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Seats and the waitlist, always with the convening's row locked: a seat while confirmed RSVPs are
 * below capacity, else the end of the waitlist; a freed seat goes to the first waiting, who is told
 * (in-app when they have an account, and by mail with a new cancel link).
 */
@Component
class RsvpPlacement {

    private final RsvpQueries queries;
    private final PersonService persons;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final Invitations invitations;
    private final Clock clock;

    RsvpPlacement(RsvpQueries queries, PersonService persons, NoticeService notices, ApplicationEventPublisher events,
                  Invitations invitations, Clock clock) {
        this.queries = queries;
        this.invitations = invitations;
        this.persons = persons;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** The status a new RSVP gets now (the convening locked by the caller), with its queue place. */
    RsvpStatus statusFor(ConveningRow convening) {
        return convening.capacity() == null || queries.confirmed(convening.id()) < convening.capacity()
                ? RsvpStatus.CONFIRMED : RsvpStatus.WAITLISTED;
    }

    Integer positionFor(ConveningRow convening, RsvpStatus status) {
        return status == RsvpStatus.WAITLISTED ? queries.nextWaitlistPosition(convening.id()) : null;
    }

    /**
     * Tells the person where they stand, with a fresh single-use cancel link (mailed after commit); a seat's mail
     * carries the RFC 5546 invitation, recorded as sent in this transaction.
     */
    void announce(ConveningRow convening, long rsvpId, RsvpStatus status, boolean promoted) {
        RsvpRow rsvp = queries.lock(rsvpId).orElseThrow();
        String token = RsvpTokens.newToken();
        queries.setCancelHash(rsvpId, RsvpTokens.hash(token));
        Optional<PersonSummary> person = rsvp.personId() == null ? Optional.empty() : persons.find(rsvp.personId());
        String email = person.map(PersonSummary::email).orElse(rsvp.guestEmail());
        String name = person.map(PersonSummary::name).orElse(rsvp.guestName());
        Integer rank = status == RsvpStatus.WAITLISTED ? queries.waitlistRank(convening.id(), rsvp.waitlistPosition())
                : null;
        if (rsvp.personId() != null && status == RsvpStatus.CONFIRMED) {
            notices.notify(Notification.of(NoticeKind.RSVP, rsvp.personId(),
                    promoted ? "notice.rsvpPromoted" : "notice.rsvpConfirmed", convening.title())
                    .in(convening.initiativeId()).linkTo("convenings/" + convening.id()));
        }
        if (email != null) {
            String calendar = status == RsvpStatus.CONFIRMED ? invitations.forConfirmation(convening.id(), rsvpId) : null;
            events.publishEvent(new RsvpPlaced(email, name, convening.title(), convening.id(), status, rank, token,
                    promoted, calendar));
        }
    }

    /**
     * After a confirmed RSVP is cancelled: the first waiting takes the seat (the convening locked by the caller).
     * Returns the RSVPs that got a seat (for the audit log).
     */
    java.util.List<Long> promote(ConveningRow convening) {
        java.util.List<Long> promoted = new java.util.ArrayList<>();
        if (!ConveningStatus.SCHEDULED.name().equals(convening.status())) {
            return promoted;
        }
        while (convening.capacity() == null || queries.confirmed(convening.id()) < convening.capacity()) {
            Optional<RsvpRow> next = queries.lockFirstWaitlisted(convening.id());
            if (next.isEmpty()) {
                return promoted;
            }
            queries.setStatus(next.get().id(), RsvpStatus.CONFIRMED.name(), null, clock.instant());
            announce(convening, next.get().id(), RsvpStatus.CONFIRMED, true);
            promoted.add(next.get().id());
        }
        return promoted;
    }

    /**
     * Published when an RSVP is confirmed or waitlisted (or promoted); mailed after commit, a seat's mail with its
     * {@code METHOD:REQUEST} invitation ({@code calendar}; null while waiting).
     */
    public record RsvpPlaced(String email, String name, String conveningTitle, long conveningId, RsvpStatus status,
                             Integer waitlistRank, String cancelToken, boolean promoted, String calendar) {
    }

    /** Published when a guest asks for a seat; the confirmation link is mailed after commit. */
    public record GuestRsvpRequested(String email, String name, String conveningTitle, String confirmToken) {
    }
}
