package app.convene.stakeholders;

import app.convene.shared.SiteSettings;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.Mailer;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mail that registrations cause, sent only after the change is saved: the registrant hears
 * that it arrived (or, for an email Convene knows, a link to confirm new answers) and how it was
 * decided; coordinators hear that one waits. Each notice carries
 * English and Spanish, since Convene does not know the registrant's language.
 */
@Component
class RegistrationNotices {

    private final Mailer mailer;
    private final RoleService roles;
    private final ConveneI18NProvider i18n;
    private final SiteSettings site;

    RegistrationNotices(Mailer mailer, RoleService roles, ConveneI18NProvider i18n, SiteSettings site) {
        this.mailer = mailer;
        this.roles = roles;
        this.i18n = i18n;
        this.site = site;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void received(RegistrationService.RegistrationReceived event) {
        if (!event.confirmedByMailbox()) {
            // The acknowledgement a new email gets; a known email gets the confirmation link instead.
            mailer.send(List.of(event.email()), both("mail.received.subject", event.initiativeName()),
                    bilingual("mail.received.body", event.name(), event.initiativeName()));
        }
        if (event.outcome() == RegistrationOutcome.RECEIVED || event.outcome() == RegistrationOutcome.RESUBMITTED) {
            String queue = site.publicUrl() + "/initiatives/" + event.initiativeSlug() + "/registrations";
            mailer.send(roles.emailsOf(event.initiativeId(), InitiativeRole.COORDINATOR),
                    both("mail.waiting.subject", event.initiativeName()),
                    bilingual("mail.waiting.body", event.name(), event.initiativeName(), queue));
        }
    }

    /** The link that confirms a repeat registration, to the mailbox of the email Convene already knows. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void repeated(RegistrationConfirmations.RepeatRegistrationKept event) {
        String link = site.publicUrl() + "/" + RegistrationConfirmations.LINK_PATH + "/" + event.token();
        mailer.send(List.of(event.mailbox()), both("mail.confirmRepeat.subject", event.initiativeName()),
                bilingual("mail.confirmRepeat.body", event.initiativeName(), link, site.siteName()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void decided(RegistrationService.RegistrationDecided event) {
        String key = event.decision() == RegistrationStatus.APPROVED
                ? (event.accountCreated() ? "mail.approvedNew" : "mail.approved") : "mail.declined";
        mailer.send(List.of(event.email()), both(key + ".subject", event.initiativeName()),
                bilingual(key + ".body", event.name(), event.initiativeName(), site.publicUrl() + "/"));
    }

    private String both(String key, Object... params) {
        return i18n.getTranslation(key, ConveneI18NProvider.ENGLISH, params) + " / "
                + i18n.getTranslation(key, ConveneI18NProvider.SPANISH, params);
    }

    private String bilingual(String key, Object... params) {
        return i18n.getTranslation(key, ConveneI18NProvider.ENGLISH, params) + "\n\n— Español —\n\n"
                + i18n.getTranslation(key, ConveneI18NProvider.SPANISH, params);
    }
}
