package app.convene.convenings;

import app.convene.convenings.internal.RsvpQueries;
import app.convene.convenings.internal.RsvpQueries.ConveningRow;
import app.convene.convenings.internal.RsvpQueries.RsvpRow;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Seats and the waitlist, always with the convening's row locked: a seat while confirmed RSVPs are
 * below capacity, else the end of the waitlist; a freed seat goes to the first waiting, who is told
 * (a notice when they have an account, else a letter with a new cancel link).
 */
@Component
class RsvpPlacement {

    private final RsvpQueries queries;
    private final NoticeService notices;
    private final GuestLetters letters;
    private final Invitations invitations;
    private final Clock clock;

    RsvpPlacement(RsvpQueries queries, NoticeService notices, GuestLetters letters, Invitations invitations,
                  Clock clock) {
        this.queries = queries;
        this.invitations = invitations;
        this.notices = notices;
        this.letters = letters;
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
     * Tells the RSVP's holder where they stand. A member: a notice of kind RSVP (confirmed, promoted or waitlisted),
     * delivered as they chose, a seat's carrying the RFC 5546 invitation for its mail. A guest: a letter in the
     * form's language with a fresh single-use cancel link, a seat's with the invitation. The invitation is recorded
     * as sent in this transaction, so the change sweep does not send it again.
     */
    void announce(ConveningRow convening, long rsvpId, RsvpStatus status, boolean promoted) {
        RsvpRow rsvp = queries.lock(rsvpId).orElseThrow();
        Integer rank = status == RsvpStatus.WAITLISTED ? queries.waitlistRank(convening.id(), rsvp.waitlistPosition())
                : null;
        String calendar = status == RsvpStatus.CONFIRMED ? invitations.forConfirmation(convening.id(), rsvpId) : null;
        if (rsvp.personId() != null) {
            Notification notice = status == RsvpStatus.CONFIRMED
                    ? Notification.of(NoticeKind.RSVP, rsvp.personId(),
                            promoted ? "notice.rsvpPromoted" : "notice.rsvpConfirmed", convening.title())
                            .withCalendar(calendar, Invitations.REQUEST)
                    : Notification.of(NoticeKind.RSVP, rsvp.personId(), "notice.rsvpWaitlisted", convening.title(),
                            String.valueOf(rank));
            notices.notify(notice.in(convening.initiativeId()).linkTo("convenings/" + convening.id()));
        } else if (rsvp.guestEmail() != null) {
            String token = RsvpTokens.newToken();
            queries.setCancelHash(rsvpId, RsvpTokens.hash(token));
            letters.placed(rsvp.guestEmail(), GuestLetters.language(rsvp.guestLanguage()), rsvp.guestName(),
                    convening.title(), convening.id(), status, rank, token, promoted, calendar);
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
}
