package app.convene.notifications.internal;

import app.convene.shared.mail.MailRefused;
import app.convene.shared.mail.Mailer;
import app.convene.shared.mail.OutgoingMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a due mail after the commit that made it due (decision 0033), on the mail threads, and again
 * whenever {@link MailRetries} resubmits it. Exactly once: the attempt holds the lock on the mail's row while it
 * talks to the mail server and marks it sent in the same transaction, so a second attempt (another node, a
 * resubmission) waits and then finds it sent. A permanent refusal parks the mail with its reason; any other
 * failure schedules the next attempt (backing off) and is thrown, which leaves the event publication incomplete.
 */
@Component
class LetterDelivery {

    private static final Logger log = LoggerFactory.getLogger(LetterDelivery.class);

    private final MailDeliveries deliveries;
    private final Mailer mailer;
    private final UnsubscribeLinks unsubscribe;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Duration firstRetry;
    private final Duration longestWait;

    LetterDelivery(MailDeliveries deliveries, Mailer mailer, UnsubscribeLinks unsubscribe, Clock clock,
                   PlatformTransactionManager transactions,
                   @Value("${convene.mail.retry.first:PT30S}") Duration firstRetry,
                   @Value("${convene.mail.retry.longest:PT1H}") Duration longestWait) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.firstRetry = firstRetry;
        this.longestWait = longestWait;
    }

    @Async(MailDeliveryExecution.EXECUTOR)
    @TransactionalEventListener
    void deliver(LetterDue due) {
        MailRefused refused = ownTransaction.execute(status -> attempt(due.messageId()));
        if (refused != null) {
            throw refused;
        }
    }

    /** One attempt under the row's lock; returns the refusal to retry later, {@code null} when done. */
    private MailRefused attempt(String messageId) {
        PendingMail mail = deliveries.lock(messageId).orElse(null);
        if (mail == null || !"PENDING".equals(mail.state())) {
            return null;
        }
        String unsubscribeUrl = mail.personId() == null || mail.kind() == null ? null
                : unsubscribe.url(mail.personId(), mail.kind()).orElse(null);
        try {
            mailer.deliver(new OutgoingMail(mail.to(), mail.language(), mail.messageId(), mail.subject(), mail.text(),
                    unsubscribeUrl, mail.calendar(), mail.calendarMethod()));
            deliveries.sent(messageId, clock.instant());
            return null;
        } catch (MailRefused refused) {
            if (refused.permanent()) {
                log.warn("Mail {} '{}' parked: {}", messageId, mail.subject(), refused.getMessage());
                deliveries.parked(messageId, refused.getMessage(), clock.instant());
                return null;
            }
            Duration wait = backoff(mail.attempts() + 1);
            log.info("Mail {} not sent (attempt {}), next attempt in {}: {}", messageId, mail.attempts() + 1, wait,
                    refused.getMessage());
            deliveries.failed(messageId, refused.getMessage(), clock.instant().plus(wait));
            return refused;
        }
    }

    /** The wait after the n-th failed attempt: the first retry's wait, doubled at each failure, at most the longest. */
    Duration backoff(int failures) {
        Duration wait = firstRetry;
        for (int i = 1; i < failures && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    Instant now() {
        return clock.instant();
    }
}
