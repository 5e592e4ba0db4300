package app.convene.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail not yet taken by the mail server is tried again (decision 0033). Every node, every 15 s: the
 * {@link LetterDue} and {@link LettersDue} publications the registry still holds incomplete after a minute (the node that made them
 * stopped before its after-commit attempt, or the database failed during it) are resubmitted, and each pending
 * mail whose next attempt is due (the wait doubles at each failure, see {@link LetterDelivery}) gets a new
 * {@code LetterDue}, published in a transaction of its own and so attempted after its commit. At start-up the
 * same, whatever the waits: a restart sends what the last run left. The row lock in {@link LetterDelivery} keeps
 * two nodes, or a resubmission and a new attempt, from sending one mail twice.
 */
@Component
public class MailRetries {

    private static final Duration KEEP_DONE = Duration.ofDays(30);
    private static final Duration LEFT_BEHIND = Duration.ofMinutes(1);
    private static final int BATCH = 500;

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final MailDeliveries deliveries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailRetries(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                MailDeliveries deliveries, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.deliveries = deliveries;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Tries again the mail whose next attempt is due (scheduled; tests call it). */
    @Scheduled(fixedDelayString = "${convene.mail.retry.check:PT15S}", initialDelayString = "${convene.mail.retry.check:PT15S}")
    public void resubmitDue() {
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(publication -> isMail(publication.getEvent())
                && publication.getPublicationDate().isBefore(now.minus(LEFT_BEHIND)));
        attemptAll(now);
    }

    /** After a restart: every mail the last run left unsent is tried now, whatever its wait. */
    @EventListener(ApplicationReadyEvent.class)
    public void resubmitAfterRestart() {
        incomplete.resubmitIncompletePublications(publication -> isMail(publication.getEvent()));
        attemptAll(clock.instant().plus(Duration.ofDays(3650)));
    }

    /**
     * One batch, in groups that each share a conversation with the mail server (decision 0044): the rest (a long
     * outage) follows at the next runs, as each attempt moves its mail's next one on.
     */
    private void attemptAll(Instant dueBy) {
        for (LettersDue group : LettersDue.inGroups(deliveries.due(dueBy, BATCH))) {
            transaction.executeWithoutResult(status -> events.publishEvent(group));
        }
    }

    private static boolean isMail(Object event) {
        return event instanceof LetterDue || event instanceof LettersDue;
    }

    /**
     * Forgets mail sent or discarded more than 30 days ago, and completed publications left from before the registry
     * deleted them at completion ({@code spring.modulith.events.completion-mode=delete}).
     */
    @Scheduled(cron = "${convene.mail.purge-cron:0 17 3 * * *}")
    @SchedulerLock(name = "mail-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void purge() {
        LockAssert.assertLocked();
        deliveries.purge(clock.instant().minus(KEEP_DONE));
        completed.deletePublications(publication -> isMail(publication.getEvent())
                && publication.getCompletionDate().filter(done -> done.isBefore(clock.instant().minus(KEEP_DONE))).isPresent());
    }
}
