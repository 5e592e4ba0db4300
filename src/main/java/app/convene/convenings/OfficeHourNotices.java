package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.OfficeHourQueries.SlotRow;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells both sides of an office-hours booking when it is made or cancelled: the expert and the person who booked,
 * except whoever made the change; a notice of kind OFFICE_HOURS with the change, mailed as each of them chose.
 */
@Component
class OfficeHourNotices {

    /** The slot's start as the notice shows it in any language: date and time in the initiative's zone. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NoticeService notices;
    private final ConveningChecks checks;

    OfficeHourNotices(NoticeService notices, ConveningChecks checks) {
        this.notices = notices;
        this.checks = checks;
    }

    void tell(Convening convening, SlotRow slot, String organization, Long bookedBy, Long actor, boolean booked) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(slot.expertId());
        if (bookedBy != null) {
            told.add(bookedBy);
        }
        if (actor != null) {
            told.remove(actor);
        }
        ZonedDateTime start = slot.startsAt().atZone(checks.zone(convening.getInitiativeId()));
        String when = WHEN.format(start) + " (" + start.getZone().getId() + ")";
        String key = booked ? "notice.officeHoursBooked" : "notice.officeHoursCancelled";
        for (long person : told) {
            notices.notify(Notification.of(NoticeKind.OFFICE_HOURS, person, key, convening.getTitle(), when, organization)
                    .in(convening.getInitiativeId()).linkTo("convenings/" + convening.getId()));
        }
    }
}
