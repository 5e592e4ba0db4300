package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.recommendations.DiffSegment;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.WordDiff;
import app.convene.recommendations.SaveResult;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 7's targets: 50 members saving the same recommendation for a minute (every accepted save is
 * exactly one revision, every refused save is reported to its writer with their text, nothing lost),
 * and the diff of two 20-page revisions in at most 100 ms.
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = {"convene.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=20"})
class RecommendationsBenchmark {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${convene.perf.save-seconds:60}")
    int saveSeconds;

    @Test
    void diffOfTwentyPages() {
        Random random = new Random(7);
        String[] words = "equity workforce training wage apprenticeship youth employer partner region access career pathway support fund data"
                .split(" ");
        StringBuilder older = new StringBuilder();
        StringBuilder newer = new StringBuilder();
        int total = 20 * 500; // twenty pages of about 500 words
        for (int i = 0; i < total; i++) {
            String word = words[random.nextInt(words.length)];
            older.append(word).append(i % 120 == 119 ? "\n\n" : " ");
            if (random.nextInt(100) < 3) {
                newer.append(words[random.nextInt(words.length)]).append(" revised ");
            } else if (random.nextInt(100) >= 2) {
                newer.append(word).append(i % 120 == 119 ? "\n\n" : " ");
            }
        }
        List<DiffSegment> diff = WordDiff.diff(older.toString(), newer.toString());
        assertThat(diff).anyMatch(s -> s.kind() == DiffSegment.Kind.INSERTED).anyMatch(s -> s.kind() == DiffSegment.Kind.DELETED);
        Perf.report("recommendation_diff_20_pages", Perf.medianMillis(3, 11,
                () -> WordDiff.diff(older.toString(), newer.toString())), "ms");
    }

    @Test
    void fiftyMembersSavingTheSameRecommendation() throws Exception {
        long id = Authorization.runAsSystem(() -> {
            long initiative = initiatives.create(new NewInitiative("bench-recs", "Bench recommendations", "Region", null,
                    null, null, List.of(), List.of()));
            long section = recommendations.addSection(recommendations.createReport(initiative, "Report"), "Section");
            return recommendations.addRecommendation(section, "Contested", "Start").id();
        });
        int writers = 50;
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(saveSeconds).toNanos();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> Authorization.runAsSystem(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                    int attempt = 0;
                    while (System.nanoTime() < deadline) {
                        int base = recommendations.recommendation(id).revisionCount();
                        String text = "Writer " + writer + " attempt " + (++attempt);
                        SaveResult result = recommendations.save(id, base, "Contested", text, text);
                        if (result instanceof SaveResult.Saved) {
                            accepted.incrementAndGet();
                        } else if (result instanceof SaveResult.Conflict conflict) {
                            refused.incrementAndGet();
                            if (!conflict.yourBody().equals(text) || conflict.since().isEmpty()) {
                                lost.incrementAndGet();
                            }
                        }
                    }
                    return null;
                })));
            }
            start.countDown();
        }
        for (Future<?> future : done) {
            future.get();
        }
        int revisions = jdbc.queryForObject("select count(*) from recommendation_revision where recommendation_id = ?",
                Integer.class, id);
        int distinctBodies = jdbc.queryForObject(
                "select count(distinct body) from recommendation_revision where recommendation_id = ? and number > 1",
                Integer.class, id);
        Perf.report("recommendation_saves_accepted", accepted.get(), "saves");
        Perf.report("recommendation_saves_refused", refused.get(), "saves");
        Perf.report("recommendation_saves_lost", lost.get() + Math.abs(revisions - 1 - accepted.get()), "saves");
        Perf.report("recommendation_save_seconds", saveSeconds, "s");
        assertThat(revisions - 1).as("every accepted save is exactly one revision").isEqualTo(accepted.get());
        assertThat(distinctBodies).as("no accepted save overwrote another").isEqualTo(accepted.get());
        assertThat(lost.get()).as("every refused writer got their own text back").isZero();
        assertThat(refused.get()).as("concurrent writers from one base are refused").isPositive();
    }
}
