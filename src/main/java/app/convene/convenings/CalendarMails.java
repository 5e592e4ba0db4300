package app.convene.convenings;

import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.Mailer;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails invitations, changes, cancellations and reminders once their record is saved (English and Spanish). */
@Component
class CalendarMails {

    private final Mailer mailer;
    private final ConveneI18NProvider i18n;

    CalendarMails(Mailer mailer, ConveneI18NProvider i18n) {
        this.mailer = mailer;
        this.i18n = i18n;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(CalendarMessage message) {
        String subject = text(message.key() + ".subject", message.params(), ConveneI18NProvider.ENGLISH) + " / "
                + text(message.key() + ".subject", message.params(), ConveneI18NProvider.SPANISH);
        String body = text(message.key() + ".body", message.params(), ConveneI18NProvider.ENGLISH) + "\n\n— Español —\n\n"
                + text(message.key() + ".body", message.params(), ConveneI18NProvider.SPANISH) + "\n\n-- \nConvene\n";
        if (message.calendar() == null) {
            mailer.send(List.of(message.email()), subject, body);
        } else {
            mailer.sendWithCalendar(List.of(message.email()), subject, body, message.calendar(), message.method());
        }
    }

    private String text(String key, Object[] params, java.util.Locale locale) {
        return i18n.getTranslation(key, locale, params);
    }
}
