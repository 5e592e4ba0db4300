package app.convene.notifications;

import app.convene.notifications.internal.LetterDue;
import app.convene.notifications.internal.LettersDue;
import app.convene.notifications.internal.MailDeliveries;
import app.convene.shared.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends mail after the commit of the change that asks for it, never losing it (decision 0033): the letter is
 * written in the caller's transaction together with a {@code LetterDue} event kept by Spring Modulith's event
 * publication registry; after the commit it is sent, and retried with backoff until the mail server takes it (or
 * parked for administrators when it never will). Every mail Convene sends goes through here (notices mailed at
 * once, digests, guests' and registrants' confirmations).
 * <p>
 * No {@code @Transactional} here on purpose: the letter joins the caller's read-write transaction; called in a
 * read-only one, or from an after-commit listener (whose transaction is over but still bound), it is written in a
 * transaction of its own, which a declared propagation could not tell apart.
 */
@Service
public class Postman {

    /** How long the retry job leaves a new mail to the after-commit attempt of the node that made it. */
    private static final Duration FIRST_ATTEMPT_GRACE = Duration.ofMinutes(1);


    private final MailDeliveries deliveries;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate joining;
    private final TransactionTemplate own;

    Postman(MailDeliveries deliveries, Mailer mailer, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
        this.joining = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Asks for the letter to be sent once the current transaction commits (at once without one). */
    public void send(Letter letter) {
        transaction().executeWithoutResult(status -> events.publishEvent(new LetterDue(add(letter, clock.instant()))));
    }

    /**
     * Asks for many letters to be sent once the current transaction commits (decision 0044): they go out in
     * groups of {@value LettersDue#GROUP}, each group one registry publication and one conversation with the mail server.
     */
    public void sendAll(List<Letter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        transaction().executeWithoutResult(status -> {
            Instant now = clock.instant();
            List<String> messageIds = new ArrayList<>(letters.size());
            for (Letter letter : letters) {
                messageIds.add(add(letter, now));
            }
            LettersDue.inGroups(messageIds).forEach(events::publishEvent);
        });
    }

    private String add(Letter letter, Instant now) {
        String messageId = mailer.newMessageId();
        deliveries.add(messageId, letter, now, now.plus(FIRST_ATTEMPT_GRACE));
        return messageId;
    }

    /** The caller's read-write transaction, or one of its own (see the class comment). */
    private TransactionTemplate transaction() {
        boolean finishedOrReadOnly = TransactionSynchronizationManager.isActualTransactionActive()
                && (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        return finishedOrReadOnly ? own : joining;
    }
}
