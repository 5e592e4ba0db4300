package app.convene.convenings;

import app.convene.notifications.Letter;
import app.convene.notifications.Postman;
import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The mail of guests (RSVPs without an account, so without notices): the confirmation link, where they stand with
 * a single-use cancel link, calendar invitations, changes, cancellations and reminders. Each is written in the
 * language the guest used on the form alone and handed to the {@link Postman} inside the change that causes it
 * (sent after the commit). People with an account hear of the same things as notices (decision 0039).
 */
@Component
class GuestLetters {

    /** The guest's confirmation page; the token follows it. */
    static final String CONFIRM_PATH = "rsvp/confirm";
    /** The cancel page; the token follows it. */
    static final String CANCEL_PATH = "rsvp/cancel";

    private final Postman postman;
    private final ConveneI18NProvider i18n;
    private final SiteSettings site;

    GuestLetters(Postman postman, ConveneI18NProvider i18n, SiteSettings site) {
        this.postman = postman;
        this.i18n = i18n;
        this.site = site;
    }

    /** The language tag stored with a guest's RSVP for the form's language (English unless Spanish). */
    static String tag(Locale formLanguage) {
        return ConveneI18NProvider.supported(formLanguage).getLanguage();
    }

    /** The language a guest's mail is written in: the stored tag's, English when none was stored. */
    static Locale language(String tag) {
        return ConveneI18NProvider.supported(tag == null ? null : Locale.forLanguageTag(tag));
    }

    /** Asks the guest to confirm their seat through the single-use link. */
    void confirmLink(String email, Locale language, String name, String conveningTitle, String token) {
        String link = site.publicUrl() + "/" + CONFIRM_PATH + "/" + token;
        send(email, language, "mail.rsvpConfirm", new Object[] {name, conveningTitle, link}, null, null);
    }

    /**
     * Where the guest stands (confirmed, promoted or waitlisted at {@code rank}) with a single-use cancel link; a
     * seat's letter carries its {@code METHOD:REQUEST} invitation ({@code calendar}, null while waiting).
     */
    void placed(String email, Locale language, String name, String conveningTitle, long conveningId, RsvpStatus status,
                Integer rank, String cancelToken, boolean promoted, String calendar) {
        String key = promoted ? "mail.rsvpPromoted"
                : status == RsvpStatus.WAITLISTED ? "mail.rsvpWaitlisted" : "mail.rsvpConfirmed";
        String page = site.publicUrl() + "/convenings/" + conveningId;
        String cancel = site.publicUrl() + "/" + CANCEL_PATH + "/" + cancelToken;
        send(email, language, key, new Object[] {name, conveningTitle, page, cancel, rank == null ? 0 : rank},
                calendar, calendar == null ? null : Invitations.REQUEST);
    }

    /**
     * A calendar letter ({@code key}: {@code convening.calendar.mail.invited}, {@code .changed}, {@code .cancelled}
     * or {@code .reminder}, with title, when, where and the page), with its RFC 5546 message when it has one.
     */
    void calendar(String email, Locale language, String key, Object[] params, String calendar, String method) {
        send(email, language, key, params, calendar, method);
    }

    private void send(String email, Locale language, String key, Object[] params, String calendar, String method) {
        Letter letter = Letter.to(email, language, i18n.getTranslation(key + ".subject", language, params),
                i18n.getTranslation(key + ".body", language, params));
        postman.send(calendar == null ? letter : letter.withCalendar(calendar, method));
    }
}
