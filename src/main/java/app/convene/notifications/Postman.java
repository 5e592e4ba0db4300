package app.convene.notifications;

import app.convene.notifications.internal.LetterDue;
import app.convene.notifications.internal.MailDeliveries;
import app.convene.shared.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
        boolean finishedOrReadOnly = TransactionSynchronizationManager.isActualTransactionActive()
                && (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        (finishedOrReadOnly ? own : joining).executeWithoutResult(status -> {
            String messageId = mailer.newMessageId();
            Instant now = clock.instant();
            deliveries.add(messageId, letter, now, now.plus(FIRST_ATTEMPT_GRACE));
            events.publishEvent(new LetterDue(messageId));
        });
    }
}
