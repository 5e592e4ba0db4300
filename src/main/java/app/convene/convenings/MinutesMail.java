package app.convene.convenings;

import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.Mailer;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails the attendees that minutes are ready for review or approved, once the change is saved (English and Spanish). */
@Component
class MinutesMail {

    /** Minutes of a convening sent for review ({@code approvedVersion} null) or approved. */
    record MinutesShared(List<String> emails, long conveningId, String conveningTitle, Integer approvedVersion) {
    }

    private final Mailer mailer;
    private final ConveneI18NProvider i18n;
    private final SiteSettings site;

    MinutesMail(Mailer mailer, ConveneI18NProvider i18n, SiteSettings site) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.site = site;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void shared(MinutesShared event) {
        String key = event.approvedVersion() == null ? "mail.minutesReview" : "mail.minutesApproved";
        String link = site.publicUrl() + "/convenings/" + event.conveningId()
                + (event.approvedVersion() == null ? "/minutes" : "");
        Object[] params = {event.conveningTitle(), link, event.approvedVersion() == null ? 0 : event.approvedVersion()};
        for (String email : event.emails()) {
            mailer.send(List.of(email), i18n.getTranslation(key + ".subject", ConveneI18NProvider.ENGLISH, params) + " / "
                    + i18n.getTranslation(key + ".subject", ConveneI18NProvider.SPANISH, params),
                    i18n.getTranslation(key + ".body", ConveneI18NProvider.ENGLISH, params) + "\n\n— Español —\n\n"
                    + i18n.getTranslation(key + ".body", ConveneI18NProvider.SPANISH, params) + "\n\n-- \nConvene\n");
        }
    }
}
