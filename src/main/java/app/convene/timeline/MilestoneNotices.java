package app.convene.timeline;

import app.convene.security.PersonService;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.Mailer;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails the owners of an overdue milestone once the job's record of it is saved. */
@Component
class MilestoneNotices {

    private final Mailer mailer;
    private final PersonService persons;
    private final ConveneI18NProvider i18n;

    MilestoneNotices(Mailer mailer, PersonService persons, ConveneI18NProvider i18n) {
        this.mailer = mailer;
        this.persons = persons;
        this.i18n = i18n;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void overdue(OverdueMilestones.MilestoneOverdue event) {
        persons.find(event.personId()).filter(p -> p.email() != null).ifPresent(person -> {
            Object[] params = {event.title(), event.due().toString()};
            String english = i18n.getTranslation("notice.milestoneOverdue", ConveneI18NProvider.ENGLISH, params);
            String spanish = i18n.getTranslation("notice.milestoneOverdue", ConveneI18NProvider.SPANISH, params);
            mailer.send(List.of(person.email()), english + " / " + spanish, english + "\n\n— Español —\n\n" + spanish
                    + "\n\n-- \nConvene\n");
        });
    }
}
