package app.convene.notifications;

import app.convene.notifications.internal.DigestQueries;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Daily and weekly digests (decision 0035): one mail per person and period with the notices that waited for
 * it, grouped by initiative and kind, in the reader's language; none when nothing waits. Pages of people are
 * claimed and sent by a few workers, each page in its own transaction; two runs at once (two nodes, or a run
 * that outlasts the hour) never put a notice in two digests nor send a person two digests of one period.
 */
@Service
public class Digests {

    private final DigestQueries queries;
    private final DigestPages pages;
    private final DigestSchedule schedule;
    private final Authorization authorization;
    private final Clock clock;
    private final int pageSize;
    private final int workers;

    Digests(DigestQueries queries, DigestPages pages, DigestSchedule schedule, Authorization authorization,
            Clock clock, @Value("${convene.digest.page-size:250}") int pageSize,
            @Value("${convene.digest.workers:4}") int workers) {
        this.queries = queries;
        this.pages = pages;
        this.schedule = schedule;
        this.authorization = authorization;
        this.clock = clock;
        this.pageSize = Math.max(1, pageSize);
        this.workers = Math.max(1, workers);
    }

    /**
     * Sends the digests of this frequency (DAILY or WEEKLY) due now and not sent yet; run by the system (the
     * scheduled job, tests). Returns how many digests this run sent.
     */
    public int send(Delivery frequency) {
        Actor actor = authorization.currentActor()
                .orElseThrow(() -> new AccessDeniedException("Sign in: only Convene itself sends digests"));
        if (!actor.isSystem()) {
            throw new AccessDeniedException("A person may not send digests: only Convene itself does");
        }
        if (frequency != Delivery.DAILY && frequency != Delivery.WEEKLY) {
            throw new IllegalArgumentException("No digest for " + frequency);
        }
        Instant now = clock.instant();
        LocalDate period = schedule.period(frequency, now);
        Run run = new Run(frequency.name(), period, schedule.due(period), now);
        if (workers == 1) {
            return run.work();
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("digest-", 1).factory())) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                done.add(pool.submit(() -> Authorization.runAsSystem(run::work)));
            }
            int sent = 0;
            for (Future<Integer> worker : done) {
                sent += worker.get();
            }
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Digests interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** One run's pages: the workers take the next page of people in turn. */
    private final class Run {

        private final String frequency;
        private final LocalDate period;
        private final Instant due;
        private final Instant now;
        private long after;

        Run(String frequency, LocalDate period, Instant due, Instant now) {
            this.frequency = frequency;
            this.period = period;
            this.due = due;
            this.now = now;
        }

        private synchronized List<Long> nextPage() {
            List<Long> people = queries.waitingPeople(frequency, period, due, after, pageSize);
            if (!people.isEmpty()) {
                after = people.getLast();
            }
            return people;
        }

        int work() {
            int sent = 0;
            for (List<Long> people = nextPage(); !people.isEmpty(); people = nextPage()) {
                sent += pages.send(frequency, period, due, now, people);
            }
            return sent;
        }
    }
}
