package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.csv.Csv;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: administrators filter the audit log by initiative, person, action, kind of record and dates, page
 * through it newest first, and export what the filters match as CSV. Lines of their own (initiative and person
 * ids no one else uses, codes of their own, dates in 1987) keep the other tests' lines out of the answers.
 */
@ConveneTest
class AuditLogFilterTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    long one;
    long two;
    long ann;
    long ben;
    String made;
    String changed;
    String alpha;
    String beta;
    /** The lines of this test by name: a1 … a6. */
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void lines() {
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000) * 10;
        one = base;
        two = base + 1;
        ann = base + 2;
        ben = base + 3;
        made = "ft" + base + ".made";
        changed = "ft" + base + ".changed";
        alpha = "ft_alpha_" + base;
        beta = "ft_beta_" + base;
        ids.add(line("1987-03-01T10:00:00Z", ann, "Ann Archer", made, alpha, one, "plain"));
        ids.add(line("1987-03-02T10:00:00Z", ben, "Ben Baker", changed, alpha, one, "comma, \"quote\"\nand a new line"));
        ids.add(line("1987-03-03T10:00:00Z", ann, "Ann Archer", changed, beta, one, "=HYPERLINK(\"http://evil\")"));
        ids.add(line("1987-03-04T10:00:00Z", ann, "Ann Archer", made, beta, two, "other initiative"));
        ids.add(line("1987-03-05T10:00:00Z", ben, "Ben Baker", made, alpha, two, "ben in two"));
        ids.add(line("1987-03-06T10:00:00Z", ann, "Ann Archer", changed, alpha, one, "latest"));
        SignIn.as(new Actor(-1L, "Administrator", true));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long line(String at, long actor, String label, String action, String type, long initiative, String after) {
        return jdbc.queryForObject("""
                insert into audit_event (occurred_at, actor_id, actor_label, action, subject_type, subject_id,
                    initiative_id, after_state)
                values (?, ?, ?, ?, ?, '7', ?, ?) returning id""", Long.class, Timestamp.from(Instant.parse(at)), actor,
                label, action, type, initiative, after);
    }

    List<Long> found(AuditFilter filter) {
        return audit.list(filter, 0, 100).stream().map(AuditEntry::id).toList();
    }

    /** The lines by number (1-based), newest first as the log lists them. */
    List<Long> lines(int... numbers) {
        List<Long> expected = new ArrayList<>();
        for (int i = numbers.length - 1; i >= 0; i--) {
            expected.add(ids.get(numbers[i] - 1));
        }
        return expected;
    }

    @Test
    void byInitiative() {
        assertThat(found(AuditFilter.NONE.inInitiative(one))).containsExactlyElementsOf(lines(1, 2, 3, 6));
        assertThat(found(AuditFilter.NONE.inInitiative(two))).containsExactlyElementsOf(lines(4, 5));
    }

    @Test
    void byPerson() {
        assertThat(found(AuditFilter.NONE.byActor(ben))).containsExactlyElementsOf(lines(2, 5));
    }

    @Test
    void byActionAndByKindOfRecord() {
        assertThat(found(AuditFilter.NONE.ofAction(made))).containsExactlyElementsOf(lines(1, 4, 5));
        assertThat(found(AuditFilter.NONE.ofSubjectType(beta))).containsExactlyElementsOf(lines(3, 4));
    }

    @Test
    void byDatesFromInclusiveUntilExclusive() {
        List<Long> between = found(AuditFilter.NONE.between(Instant.parse("1987-03-02T10:00:00Z"),
                Instant.parse("1987-03-05T10:00:00Z")));
        assertThat(between).containsAll(lines(2, 3, 4)).doesNotContain(ids.get(0), ids.get(4), ids.get(5));
        assertThat(found(AuditFilter.NONE.inInitiative(one).between(Instant.parse("1987-03-02T10:00:00Z"), null)))
                .as("from alone").containsExactlyElementsOf(lines(2, 3, 6));
        assertThat(found(AuditFilter.NONE.inInitiative(one).between(null, Instant.parse("1987-03-02T10:00:00Z"))))
                .as("until alone").containsExactlyElementsOf(lines(1));
    }

    @Test
    void everyFilterTogether() {
        AuditFilter all = new AuditFilter(one, ann, changed, alpha, Instant.parse("1987-03-01T00:00:00Z"),
                Instant.parse("1987-04-01T00:00:00Z"));
        assertThat(found(all)).containsExactlyElementsOf(lines(6));
        assertThat(found(all.ofSubjectType(null))).containsExactlyElementsOf(lines(3, 6));
        assertThat(found(all.ofSubjectType(null).byActor(ben))).containsExactlyElementsOf(lines(2));
        assertThat(found(all.inInitiative(two))).isEmpty();
    }

    @Test
    void pagesFollowOneAnotherNewestFirst() {
        AuditFilter mine = AuditFilter.NONE.inInitiative(one);
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            audit.list(mine, offset, 2).forEach(e -> paged.add(e.id()));
        }
        assertThat(paged).containsExactlyElementsOf(lines(1, 2, 3, 6));
    }

    @Test
    void theCsvHoldsWhatTheFiltersMatchWithTheHeaderAndEscapingReadBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.export(AuditFilter.NONE.inInitiative(one), out);

        List<List<String>> rows = Csv.read(out.toByteArray());
        assertThat(rows.getFirst()).containsExactlyElementsOf(AuditLog.CSV_HEADER);
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).extracting(r -> Long.valueOf(r.get(0))).containsExactlyElementsOf(lines(1, 2, 3, 6));
        assertThat(body).allSatisfy(r -> assertThat(r.get(6)).isEqualTo(String.valueOf(one)));
        List<String> ben = body.get(2);
        assertThat(ben).containsExactly(String.valueOf(ids.get(1)), "1987-03-02T10:00:00Z", "Ben Baker", changed, alpha,
                "7", String.valueOf(one), "", "comma, \"quote\"\nand a new line");
        assertThat(body.get(1).get(8)).as("a formula stays text").isEqualTo("'=HYPERLINK(\"http://evil\")");
    }

    @Test
    void theCsvStreamsEveryMatchingLineAcrossBatchesEvenAtTheSameInstant() {
        long many = one + 5;
        jdbc.update("""
                insert into audit_event (occurred_at, actor_label, action, subject_type, subject_id, initiative_id)
                select timestamptz '1987-05-01 10:00:00+00' - make_interval(secs => n / 7), 'Bulk', 'ft.bulk', 'ft_bulk',
                    n::text, ? from generate_series(1, 2500) n""", many);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        audit.export(AuditFilter.NONE.inInitiative(many), out);

        List<List<String>> body = Csv.read(out.toByteArray()).subList(1, 2501);
        assertThat(Csv.read(out.toByteArray())).hasSize(2501);
        assertThat(body.stream().map(r -> r.get(5)).distinct().count()).as("every line once").isEqualTo(2500);
        List<Long> order = body.stream().map(r -> Long.valueOf(r.get(0))).toList();
        List<Instant> times = body.stream().map(r -> Instant.parse(r.get(1))).toList();
        for (int i = 1; i < order.size(); i++) {
            assertThat(times.get(i).isAfter(times.get(i - 1))).as("newest first").isFalse();
            if (times.get(i).equals(times.get(i - 1))) {
                assertThat(order.get(i)).as("ties by id, descending").isLessThan(order.get(i - 1));
            }
        }
    }
}
