package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.OfficeHourQueries.SlotRow;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.Mailer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells both sides of an office-hours booking when it is made or cancelled: the expert and the person who booked,
 * except whoever made the change; in-app with the change, by mail (English and Spanish) after it is saved.
 */
@Component
class OfficeHourNotices {

    private final NoticeService notices;
    private final PersonService persons;
    private final ConveningChecks checks;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final ConveneI18NProvider i18n;
    private final SiteSettings site;

    OfficeHourNotices(NoticeService notices, PersonService persons, ConveningChecks checks,
                      ApplicationEventPublisher events, Mailer mailer, ConveneI18NProvider i18n, SiteSettings site) {
        this.notices = notices;
        this.persons = persons;
        this.checks = checks;
        this.events = events;
        this.mailer = mailer;
        this.i18n = i18n;
        this.site = site;
    }

    /** Published when a booking is made or cancelled; mailed after commit. */
    record OfficeHourChanged(List<String> emails, boolean booked, String conveningTitle, long conveningId,
                             ZonedDateTime start, int minutes, String organization) {
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
        String when = at(start, Locale.ENGLISH);
        String key = booked ? "notice.officeHoursBooked" : "notice.officeHoursCancelled";
        List<String> emails = new ArrayList<>();
        for (long person : told) {
            notices.notify(Notification.of(NoticeKind.OFFICE_HOURS, person, key, convening.getTitle(), when, organization)
                    .in(convening.getInitiativeId()).linkTo("convenings/" + convening.getId()));
            persons.find(person).map(PersonSummary::email).filter(e -> !e.isBlank()).ifPresent(emails::add);
        }
        if (!emails.isEmpty()) {
            events.publishEvent(new OfficeHourChanged(emails, booked, convening.getTitle(), convening.getId(), start,
                    slot.minutes(), organization));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void mail(OfficeHourChanged event) {
        String key = event.booked() ? "mail.officeHoursBooked" : "mail.officeHoursCancelled";
        String page = site.publicUrl() + "/convenings/" + event.conveningId();
        String subject = i18n.getTranslation(key + ".subject", ConveneI18NProvider.ENGLISH, event.conveningTitle())
                + " / " + i18n.getTranslation(key + ".subject", ConveneI18NProvider.SPANISH, event.conveningTitle());
        String body = body(key, ConveneI18NProvider.ENGLISH, event, page) + "\n\n— Español —\n\n"
                + body(key, ConveneI18NProvider.SPANISH, event, page) + "\n\n-- \nConvene\n";
        event.emails().forEach(email -> mailer.send(List.of(email), subject, body));
    }

    private String body(String key, Locale locale, OfficeHourChanged event, String page) {
        return i18n.getTranslation(key + ".body", locale, event.conveningTitle(), at(event.start(), locale),
                event.minutes(), event.organization(), page);
    }

    private static String at(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(time) + " (" + time.getZone().getDisplayName(TextStyle.FULL, locale) + ")";
    }
}
