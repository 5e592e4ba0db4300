package app.convene.workgroups;

import app.convene.security.PersonService;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.Mailer;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails the requester how their join request was decided, once the decision is saved. */
@Component
class WorkgroupNotices {

    private final Mailer mailer;
    private final PersonService persons;
    private final ConveneI18NProvider i18n;

    WorkgroupNotices(Mailer mailer, PersonService persons, ConveneI18NProvider i18n) {
        this.mailer = mailer;
        this.persons = persons;
        this.i18n = i18n;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void decided(JoinRequestService.JoinRequestDecided event) {
        persons.find(event.personId()).filter(p -> p.email() != null).ifPresent(person -> {
            String key = event.approved() ? "notice.joinApproved" : "notice.joinDeclined";
            Object[] params = {event.workgroupName(), event.note() == null ? "" : event.note()};
            mailer.send(List.of(person.email()),
                    i18n.getTranslation(key, ConveneI18NProvider.ENGLISH, params) + " / "
                            + i18n.getTranslation(key, ConveneI18NProvider.SPANISH, params),
                    i18n.getTranslation(key, ConveneI18NProvider.ENGLISH, params) + "\n\n— Español —\n\n"
                            + i18n.getTranslation(key, ConveneI18NProvider.SPANISH, params));
        });
    }
}
