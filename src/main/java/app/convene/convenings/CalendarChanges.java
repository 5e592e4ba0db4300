package app.convene.convenings;

import app.convene.convenings.internal.CalendarQueries;
import app.convene.convenings.internal.CalendarQueries.ConveningRow;
import app.convene.convenings.internal.CalendarQueries.Due;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the calendars of confirmed RSVPs up to their convening's sequence, once per change (the sent sequence and
 * method are recorded first): never invited → the REQUEST; moved or changed place → the REQUEST with the new
 * SEQUENCE; cancelled → the CANCEL. A member hears of it as a notice of kind RSVP carrying the calendar message for
 * its mail, a guest as a letter in the form's language with it attached. Convenings already over are left alone.
 */
@Service
class CalendarChanges {

    static final String INVITED = "convening.calendar.mail.invited";
    static final String CHANGED = "convening.calendar.mail.changed";
    static final String CANCELLED = "convening.calendar.mail.cancelled";
    /** A member's notice for each guest letter. */
    private static final Map<String, String> NOTICES = Map.of(INVITED, "convening.calendar.notice.invited",
            CHANGED, "convening.calendar.notice.changed", CANCELLED, "convening.calendar.notice.cancelled");

    private final CalendarQueries queries;
    private final Invitations invitations;
    private final ConveningEvents events;
    private final NoticeService notices;
    private final GuestLetters letters;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CalendarChanges(CalendarQueries queries, Invitations invitations, ConveningEvents events, NoticeService notices,
                    GuestLetters letters, ApplicationEventPublisher publisher, Clock clock) {
        this.queries = queries;
        this.invitations = invitations;
        this.events = events;
        this.notices = notices;
        this.letters = letters;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Sends what is due; returns how many messages. A second run sends nothing again. */
    @Transactional
    int sendPending() {
        int sent = 0;
        Set<ConveningChanged> changed = new LinkedHashSet<>();
        for (Due due : queries.invitationsDue(clock.instant())) {
            ConveningRow c = queries.convening(due.attendee().conveningId()).orElseThrow();
            String method = c.cancelled() ? Invitations.CANCEL : Invitations.REQUEST;
            boolean alreadyCancelled = Invitations.CANCEL.equals(due.lastMethod()) && c.cancelled();
            if (!queries.markInvitation(due.attendee().rsvpId(), c.sequence(), method) || alreadyCancelled) {
                continue;
            }
            String key = due.lastMethod() == null ? INVITED : c.cancelled() ? CANCELLED : CHANGED;
            String calendar = invitations.message(c, due.attendee(), method);
            if (due.attendee().personId() != null) {
                notices.notify(Notification.of(NoticeKind.RSVP, due.attendee().personId(),
                        NOTICES.get(key), c.title(), events.when(c)).in(c.initiativeId())
                        .linkTo("convenings/" + c.id()).withCalendar(calendar, method));
            } else if (due.attendee().email() != null) {
                letters.calendar(due.attendee().email(), GuestLetters.language(due.attendee().guestLanguage()), key,
                        new Object[] {c.title(), events.when(c), events.where(c, true), events.page(c.id())},
                        calendar, method);
            }
            if (!INVITED.equals(key)) {
                changed.add(new ConveningChanged(c.id(), c.cancelled() ? ConveningChanged.Kind.CANCELLED
                        : ConveningChanged.Kind.CHANGED));
            }
            sent++;
        }
        changed.forEach(publisher::publishEvent);
        return sent;
    }
}
