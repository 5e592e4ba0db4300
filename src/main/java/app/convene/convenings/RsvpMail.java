package app.convene.convenings;

import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.Mailer;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mail RSVPs cause, sent only after the change is saved, in English and Spanish: a guest's
 * confirmation link; and, for every confirmed, waitlisted or promoted RSVP, where they stand with a
 * single-use cancel link; a seat's mail carries the calendar invitation ({@code METHOD:REQUEST}).
 */
@Component
class RsvpMail {

    /** The guest's confirmation page; the token follows it. */
    static final String CONFIRM_PATH = "rsvp/confirm";
    /** The cancel page; the token follows it. */
    static final String CANCEL_PATH = "rsvp/cancel";

    private final Mailer mailer;
    private final ConveneI18NProvider i18n;
    private final SiteSettings site;

    RsvpMail(Mailer mailer, ConveneI18NProvider i18n, SiteSettings site) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.site = site;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void requested(RsvpPlacement.GuestRsvpRequested event) {
        String link = site.publicUrl() + "/" + CONFIRM_PATH + "/" + event.confirmToken();
        mailer.send(List.of(event.email()), both("mail.rsvpConfirm.subject", event.name(), event.conveningTitle()),
                bilingual("mail.rsvpConfirm.body", event.name(), event.conveningTitle(), link));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void placed(RsvpPlacement.RsvpPlaced event) {
        String key = event.promoted() ? "mail.rsvpPromoted"
                : event.status() == RsvpStatus.WAITLISTED ? "mail.rsvpWaitlisted" : "mail.rsvpConfirmed";
        String page = site.publicUrl() + "/convenings/" + event.conveningId();
        String cancel = site.publicUrl() + "/" + CANCEL_PATH + "/" + event.cancelToken();
        String subject = both(key + ".subject", event.name(), event.conveningTitle());
        String body = bilingual(key + ".body", event.name(), event.conveningTitle(), page, cancel,
                event.waitlistRank() == null ? 0 : event.waitlistRank());
        if (event.calendar() == null) {
            mailer.send(List.of(event.email()), subject, body);
        } else {
            mailer.sendWithCalendar(List.of(event.email()), subject, body, event.calendar(), Invitations.REQUEST);
        }
    }

    private String both(String key, Object... params) {
        return i18n.getTranslation(key, ConveneI18NProvider.ENGLISH, params) + " / "
                + i18n.getTranslation(key, ConveneI18NProvider.SPANISH, params);
    }

    private String bilingual(String key, Object... params) {
        return i18n.getTranslation(key, ConveneI18NProvider.ENGLISH, params) + "\n\n— Español —\n\n"
                + i18n.getTranslation(key, ConveneI18NProvider.SPANISH, params) + "\n\n-- \nConvene\n";
    }
}
