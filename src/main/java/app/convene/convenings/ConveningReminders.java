package app.convene.convenings;

import app.convene.convenings.internal.CalendarQueries;
import app.convene.convenings.internal.CalendarQueries.Attendee;
import app.convene.convenings.internal.CalendarQueries.ConveningRow;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before: people with a confirmed RSVP to a scheduled convening starting within a day hear of it, once: a
 * member as a notice of kind RSVP, a guest as a letter in the form's language.
 */
@Service
class ConveningReminders {

    static final String REMINDER = "convening.calendar.mail.reminder";

    private final CalendarQueries queries;
    private final ConveningEvents events;
    private final NoticeService notices;
    private final GuestLetters letters;
    private final Clock clock;

    ConveningReminders(CalendarQueries queries, ConveningEvents events, NoticeService notices,
                       GuestLetters letters, Clock clock) {
        this.queries = queries;
        this.events = events;
        this.notices = notices;
        this.letters = letters;
        this.clock = clock;
    }

    /** Returns how many reminders went out; a second run sends none again. */
    @Transactional
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Attendee attendee : queries.remindersDue(now, now.plus(Duration.ofDays(1)))) {
            if (!queries.markReminder(attendee.rsvpId())) {
                continue;
            }
            ConveningRow c = queries.convening(attendee.conveningId()).orElseThrow();
            if (attendee.personId() != null) {
                notices.notify(Notification.of(NoticeKind.RSVP, attendee.personId(), "convening.calendar.notice.reminder",
                        c.title(), events.when(c)).in(c.initiativeId()).linkTo("convenings/" + c.id()));
            } else if (attendee.email() != null) {
                letters.calendar(attendee.email(), GuestLetters.language(attendee.guestLanguage()), REMINDER,
                        new Object[] {c.title(), events.when(c), events.where(c, true), events.page(c.id())}, null, null);
            }
            sent++;
        }
        return sent;
    }
}
