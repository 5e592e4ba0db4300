package app.convene.notifications.internal;

import app.convene.shared.mail.MailRefused;
import app.convene.shared.mail.MailSession;
import app.convene.shared.mail.Mailer;
import app.convene.shared.mail.OutgoingMail;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a due mail after the commit that made it due (decision 0033), on the mail threads, and again
 * whenever {@link MailRetries} resubmits it. Exactly once: the attempt holds the lock on the mail's row while it
 * talks to the mail server and marks it sent in the same transaction, so a second attempt (another node, a
 * resubmission) waits and then finds it sent. A permanent refusal parks the mail with its reason; any other
 * failure schedules the next attempt (backing off), which {@link MailRetries} makes.
 */
@Component
class LetterDelivery {

    private static final Logger log = LoggerFactory.getLogger(LetterDelivery.class);

    private final Mailer mailer;
    private final UnsubscribeLinks unsubscribe;
    private final Clock clock;
    private final DataSource dataSource;
    private final Duration firstRetry;
    private final Duration longestWait;

    LetterDelivery(Mailer mailer, UnsubscribeLinks unsubscribe, Clock clock,
                   DataSource dataSource,
                   @Value("${convene.mail.retry.first:PT30S}") Duration firstRetry,
                   @Value("${convene.mail.retry.longest:PT1H}") Duration longestWait) {
        this.mailer = mailer;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
        this.dataSource = dataSource;
        this.firstRetry = firstRetry;
        this.longestWait = longestWait;
    }

    /**
     * One attempt, on the mail threads after the commit. It uses a connection of its own with its own commit rather than a nested Spring transaction
     * (which leaked pooled connections there). It returns normally when the mail was sent, parked or found done,
     * and also when the server did not take it: the row then holds the next attempt, which {@link MailRetries}
     * makes; only a database failure leaves the publication incomplete (resubmitted later).
     */
    @Async(MailDeliveryExecution.EXECUTOR)
    @TransactionalEventListener
    void deliver(LetterDue due) {
        deliverAll(List.of(due.messageId()));
    }

    /**
     * The same for several mails (decision 0044): one conversation with the mail server, and a commit after each
     * mail, so a failure part-way leaves the ones sent marked sent (a resubmission skips them).
     */
    @Async(MailDeliveryExecution.EXECUTOR)
    @TransactionalEventListener
    void deliver(LettersDue due) {
        deliverAll(due.messageIds());
    }

    private void deliverAll(List<String> messageIds) {
        try (Connection connection = dataSource.getConnection(); MailSession session = mailer.session()) {
            connection.setAutoCommit(false);
            MailDeliveries deliveries = MailDeliveries.on(connection);
            for (String messageId : messageIds) {
                try {
                    attempt(deliveries, session, messageId);
                    connection.commit();
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Mail " + messageIds + " not attempted", e);
        }
    }

    private void attempt(MailDeliveries deliveries, MailSession session, String messageId) {
        PendingMail mail = deliveries.lock(messageId).orElse(null);
        if (mail == null || !"PENDING".equals(mail.state())) {
            return;
        }
        String unsubscribeUrl = mail.personId() == null || mail.kind() == null ? null
                : unsubscribe.url(mail.personId(), mail.kind()).orElse(null);
        try {
            session.deliver(new OutgoingMail(mail.to(), mail.language(), mail.messageId(), mail.subject(), mail.text(),
                    unsubscribeUrl, mail.calendar(), mail.calendarMethod()));
            deliveries.sent(messageId, clock.instant());
        } catch (MailRefused refused) {
            if (refused.permanent()) {
                log.warn("Mail {} '{}' parked: {}", messageId, mail.subject(), refused.getMessage());
                deliveries.parked(messageId, refused.getMessage(), clock.instant());
                return;
            }
            Duration wait = backoff(mail.attempts() + 1);
            log.info("Mail {} not sent (attempt {}), next attempt in {}: {}", messageId, mail.attempts() + 1, wait,
                    refused.getMessage());
            deliveries.failed(messageId, refused.getMessage(), clock.instant().plus(wait));
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
}
