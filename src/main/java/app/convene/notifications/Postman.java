package app.convene.notifications;

import app.convene.shared.mail.Mailer;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail after the commit of the change that asks for it. Every mail Convene sends goes through here
 * (notices mailed at once, digests, guests' and registrants' confirmations).
 */
@Service
@Transactional(readOnly = true)
public class Postman {

    private final Mailer mailer;

    Postman(Mailer mailer) {
        this.mailer = mailer;
    }

    /** Asks for the letter to be sent once the current transaction commits (at once without one). */
    @Transactional
    public void send(Letter letter) {
        Runnable send = () -> {
            if (letter.calendar() == null) {
                mailer.send(List.of(letter.to()), letter.subject(), letter.text());
            } else {
                mailer.sendWithCalendar(List.of(letter.to()), letter.subject(), letter.text(), letter.calendar(),
                        letter.calendarMethod());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
