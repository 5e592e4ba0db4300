package app.convene.notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When digests go out (decision 0035): the daily one at {@code convene.digest.hour} (default 7) in the site's
 * zone ({@code convene.digest.zone}, default the server's), the weekly one at that hour on
 * {@code convene.digest.weekly-day} (default Monday). A period is named by the day its digest is due; the
 * digest of a period holds the notices left before that moment.
 */
@Component
class DigestSchedule {

    private final int hour;
    private final DayOfWeek weeklyDay;
    private final ZoneId zone;

    DigestSchedule(@Value("${convene.digest.hour:7}") int hour,
                   @Value("${convene.digest.weekly-day:MONDAY}") DayOfWeek weeklyDay,
                   @Value("${convene.digest.zone:}") String zone, Clock clock) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("convene.digest.hour must be 0 to 23, not " + hour);
        }
        this.hour = hour;
        this.weeklyDay = weeklyDay;
        this.zone = zone == null || zone.isBlank() ? clock.getZone() : ZoneId.of(zone.strip());
    }

    /** The latest period whose digest is due at {@code now}: its day. */
    LocalDate period(Delivery frequency, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate day = local.getHour() < hour ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        return switch (frequency) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(weeklyDay));
            default -> throw new IllegalArgumentException("No digest for " + frequency);
        };
    }

    /** The moment the period's digest is due: notices left before it are in it, later ones wait for the next. */
    Instant due(LocalDate period) {
        return period.atTime(hour, 0).atZone(zone).toInstant();
    }

    ZoneId zone() {
        return zone;
    }
}
