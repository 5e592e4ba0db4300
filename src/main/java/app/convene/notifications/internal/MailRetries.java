package app.convene.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mail not yet taken by the mail server is tried again (decision 0033): every node resubmits the incomplete
 * {@link LetterDue} publications whose next attempt is due (the wait doubles at each failure, see
 * {@link LetterDelivery}), and at start-up every pending one (a restart sends what the last run left). The
 * row lock in {@link LetterDelivery} keeps two nodes from sending one mail twice.
 */
@Component
public class MailRetries {

    private static final Duration KEEP_DONE = Duration.ofDays(30);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final MailDeliveries deliveries;
    private final Clock clock;

    MailRetries(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                MailDeliveries deliveries, Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Resubmits the mail whose next attempt is due (scheduled; tests call it). */
    @Scheduled(fixedDelayString = "${convene.mail.retry.check:PT15S}", initialDelayString = "${convene.mail.retry.check:PT15S}")
    public void resubmitDue() {
        Set<String> waiting = deliveries.waiting(clock.instant());
        incomplete.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof LetterDue due && !waiting.contains(due.messageId()));
    }

    /** After a restart: every mail the last run left unsent is tried now, whatever its wait. */
    @EventListener(ApplicationReadyEvent.class)
    public void resubmitAfterRestart() {
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof LetterDue);
    }

    /** Forgets mail sent or discarded more than 30 days ago, and their completed publications. */
    @Scheduled(cron = "${convene.mail.purge-cron:0 17 3 * * *}")
    public void purge() {
        deliveries.purge(clock.instant().minus(KEEP_DONE));
        completed.deletePublications(publication -> publication.getEvent() instanceof LetterDue
                && publication.getCompletionDate().filter(done -> done.isBefore(clock.instant().minus(KEEP_DONE))).isPresent());
    }
}
