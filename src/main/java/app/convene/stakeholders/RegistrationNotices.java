package app.convene.stakeholders;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.notifications.Letter;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.notifications.Postman;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.stakeholders.internal.Registration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What registrations cause, in the transaction of the change (mail leaves after the commit): the registrant
 * hears that it arrived (or, for an email Convene knows, gets a link to confirm new answers) and how it was
 * decided, by mail in the language they filled the form in; the initiative's coordinators get a
 * "registration waiting" notice, delivered as each of them chose.
 */
@Component
class RegistrationNotices {

    private final Postman postman;
    private final NoticeService notices;
    private final RoleService roles;
    private final ConveneI18NProvider i18n;
    private final SiteSettings site;

    RegistrationNotices(Postman postman, NoticeService notices, RoleService roles, ConveneI18NProvider i18n,
                        SiteSettings site) {
        this.postman = postman;
        this.notices = notices;
        this.roles = roles;
        this.i18n = i18n;
        this.site = site;
    }

    /** A registration was stored: {@code confirmedByMailbox} for repeat answers the mailbox confirmed. */
    void received(InitiativeRef initiative, Registration registration, RegistrationOutcome outcome,
                  boolean confirmedByMailbox) {
        if (!confirmedByMailbox) {
            // The acknowledgement a new email gets; a known email got the confirmation link instead.
            mail(registration.getEmail(), registration.getLanguage(), "mail.received", initiative.name(),
                    registration.getName(), initiative.name());
        }
        if (outcome == RegistrationOutcome.RECEIVED || outcome == RegistrationOutcome.RESUBMITTED) {
            for (long coordinator : roles.holders(initiative.id(), InitiativeRole.COORDINATOR)) {
                notices.notify(Notification.of(NoticeKind.REGISTRATION_WAITING, coordinator, "notice.registrationWaiting",
                        registration.getName(), initiative.name()).in(initiative.id())
                        .linkTo("initiatives/" + initiative.slug() + "/registrations"));
            }
        }
    }

    /** The link that confirms a repeat registration, to the mailbox of the email Convene already knows. */
    void repeated(InitiativeRef initiative, String mailbox, String token, String formLanguage) {
        String link = site.publicUrl() + "/" + RegistrationConfirmations.LINK_PATH + "/" + token;
        mail(mailbox, formLanguage, "mail.confirmRepeat", initiative.name(), initiative.name(), link, site.siteName());
    }

    /** The registration was approved (with a new account or an existing one) or declined. */
    void decided(Registration registration, String initiativeName, RegistrationStatus decision, boolean accountCreated) {
        String key = decision == RegistrationStatus.APPROVED
                ? (accountCreated ? "mail.approvedNew" : "mail.approved") : "mail.declined";
        mail(registration.getEmail(), registration.getLanguage(), key, initiativeName, registration.getName(),
                initiativeName, site.publicUrl() + "/");
    }

    /** One mail in the form's language (a language tag; English when none was kept). */
    private void mail(String to, String formLanguage, String key, String initiativeName, Object... bodyParams) {
        Locale language = formLanguage == null || formLanguage.isBlank() ? ConveneI18NProvider.ENGLISH
                : Locale.forLanguageTag(formLanguage);
        postman.send(Letter.to(to, language, i18n.getTranslation(key + ".subject", language, initiativeName),
                i18n.getTranslation(key + ".body", language, bodyParams)));
    }
}
