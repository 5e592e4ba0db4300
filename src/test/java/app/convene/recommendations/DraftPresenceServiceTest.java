package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.recommendations.internal.PresenceRegistry;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ui.PushChannels;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 19, decision 0059: the open editors of a draft refreshed by one push publication read who has it open once,
 * not once each; each still checks its own person's right to draft; and an editor reports itself present again only
 * when its last report is a minute old, so a publication to n editors does not write n times; decision 0072: the
 * heartbeat itself is read-only and says when the report is due, and presence is kept per open editor (a tab).
 */
@ConveneTest
class DraftPresenceServiceTest {

    static final String CHANNEL = "test:presence";
    /** Each person's open editor (a browser tab). */
    static final UUID DANIEL = UUID.randomUUID();
    static final UUID LUCIA = UUID.randomUUID();
    static final UUID JORDAN = UUID.randomUUID();

    @Autowired
    DraftPresenceService presence;
    @Autowired
    RecommendationService service;
    @Autowired
    PushChannels channels;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long id;

    @BeforeEach
    void draft() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        id = Authorization.runAsSystem(() -> service.addRecommendation(service.addSection(
                service.createReport(wei, "Recommendations to LWDA"), "Equity in access"),
                "Fund navigators", "Fund navigators in every region.").id());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theEditorsOfOnePublicationShareOneReadOfWhoIsThere() {
        fixtures.signInAs("Daniel Okafor");
        presence.openedBy(id, DANIEL);
        fixtures.signInAs("Lucía Hernández");
        presence.openedBy(id, LUCIA);
        List<List<String>> seen = new CopyOnWriteArrayList<>();
        var registration = channels.onPublish(CHANNEL, () -> {
            fixtures.signInAs("Daniel Okafor");
            seen.add(presence.pulse(id, DANIEL).others());
            // someone opens it on another node between two editors' refreshes, without a publication yet
            jdbc.update("""
                    insert into draft_presence (recommendation_id, person_id, editor, name, seen_at)
                    values (?, ?, gen_random_uuid(), ?, ?)""",
                    id, fixtures.personId("Maya Thompson"), "Maya Thompson", Timestamp.from(Instant.now()));
            fixtures.signInAs("Lucía Hernández");
            seen.add(presence.pulse(id, LUCIA).others());
        });
        try {
            channels.publish(CHANNEL);
        } finally {
            registration.remove();
        }

        assertThat(seen).as("each sees the others, from the one read of the publication")
                .containsExactly(List.of("Lucía Hernández"), List.of("Daniel Okafor"));
        fixtures.signInAs("Lucía Hernández");
        assertThat(presence.pulse(id, LUCIA).others()).as("outside a publication: read now")
                .containsExactly("Daniel Okafor", "Maya Thompson");
    }

    /**
     * Issue 19, decision 80: 21 editors opening the draft in quick succession refresh an open editor once at once
     * and then at most once a second (twice when they open within a second), not 21 times, and the last refresh sees
     * all of them.
     */
    @Test
    void editorsOpeningInQuickSuccessionRefreshTheOthersAtMostOnceASecond() {
        fixtures.signInAs("Daniel Okafor");
        presence.openedBy(id, DANIEL);
        List<List<String>> seen = new CopyOnWriteArrayList<>();
        var registration = channels.onPublish(CHANNEL, () -> {
            fixtures.signInAs("Daniel Okafor");
            seen.add(presence.pulse(id, DANIEL).others());
        });
        long began = System.nanoTime();
        long published;
        try {
            fixtures.signInAs("Lucía Hernández");
            for (int tab = 0; tab < 20; tab++) { // as each opening editor publishes after its report commits
                presence.openedBy(id, UUID.randomUUID());
                channels.publishAfterCommit(CHANNEL);
            }
            SignIn.as(fixtures.newPerson(fixtures.initiativeId("worker-equity-initiative"), "Ana Late",
                    "COMMITTEE_MEMBER"));
            presence.openedBy(id, UUID.randomUUID());
            channels.publishAfterCommit(CHANNEL);
            published = System.nanoTime();
            channels.settle();
        } finally {
            registration.remove();
        }

        // the first opening's delivery at once (the next openings may join it), then at most one a second
        long seconds = Duration.ofNanos(published - began).toSeconds();
        assertThat(seen).as("refreshes for 21 openings in %d s", seconds).hasSizeBetween(1, 2 + (int) seconds);
        assertThat(seen.getLast()).as("the last refresh sees the last opening")
                .containsExactlyInAnyOrder("Lucía Hernández", "Ana Late");
    }

    @Test
    void anEditorWithoutTheRightToDraftIsRefusedEvenWhenTheReadIsShared() {
        List<Object> outcomes = new CopyOnWriteArrayList<>();
        var registration = channels.onPublish(CHANNEL, () -> {
            fixtures.signInAs("Daniel Okafor");
            outcomes.add(presence.pulse(id, DANIEL).others());
            fixtures.signInAs("Jordan Ellis");
            try {
                outcomes.add(presence.pulse(id, JORDAN));
            } catch (AccessDeniedException refused) {
                outcomes.add(refused);
            }
        });
        try {
            channels.publish(CHANNEL);
        } finally {
            registration.remove();
        }
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("Jordan Ellis");
        assertThatThrownBy(() -> presence.pulse(id, JORDAN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> presence.openedBy(id, JORDAN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHeartbeatAsksForAReportOnlyWhenTheLastIsAMinuteOldAndWritesNothing() {
        fixtures.signInAs("Daniel Okafor");
        presence.openedBy(id, DANIEL);

        Instant recent = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        seenAt(recent);
        assertThat(presence.pulse(id, DANIEL).reportDue()).as("reported 30 s ago").isFalse();
        assertThat(seenAt()).isEqualTo(recent);

        Instant old = Instant.now().minus(DraftPresenceService.REPORT_EVERY).minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        seenAt(old);
        assertThat(presence.pulse(id, DANIEL).reportDue()).as("reported over a minute ago").isTrue();
        assertThat(seenAt()).as("the heartbeat itself writes nothing (decision 72)").isEqualTo(old);
        presence.openedBy(id, DANIEL);
        assertThat(seenAt()).as("the report the editor then makes").isAfter(Instant.now().minusSeconds(10));

        jdbc.update("delete from draft_presence where recommendation_id = ?", id);
        assertThat(presence.pulse(id, DANIEL).reportDue()).as("a report that expired or was lost is made again").isTrue();
        assertThat(presenceRows()).isZero();
        presence.openedBy(id, DANIEL);
        assertThat(presenceRows()).isOne();
        assertThat(Duration.between(seenAt(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(10));
    }

    /**
     * Decision 0072: presence is kept per open editor (a tab). Closing one of a person's two editors removed the
     * person's one row: the others saw them gone while their other editor was open, and every editor of theirs had to
     * report again at the next refresh.
     */
    @Test
    void aPersonWithTwoEditorsOpenStaysPresentWhenOneCloses() {
        UUID second = UUID.randomUUID();
        fixtures.signInAs("Daniel Okafor");
        presence.openedBy(id, DANIEL);
        presence.openedBy(id, second);
        fixtures.signInAs("Lucía Hernández");
        assertThat(presence.openedBy(id, LUCIA)).as("a person with two editors open is named once")
                .containsExactly("Daniel Okafor");

        fixtures.signInAs("Daniel Okafor");
        presence.closedBy(id, DANIEL);
        assertThat(presence.pulse(id, second).reportDue()).as("his other editor has nothing to report again")
                .isFalse();
        fixtures.signInAs("Lucía Hernández");
        assertThat(presence.pulse(id, LUCIA).others()).as("his other editor is still open")
                .containsExactly("Daniel Okafor");

        fixtures.signInAs("Daniel Okafor");
        presence.closedBy(id, second);
        fixtures.signInAs("Lucía Hernández");
        assertThat(presence.pulse(id, LUCIA).others()).as("both closed").isEmpty();
        assertThat(presenceRows()).as("Lucía's editor").isOne();
    }

    /** Review of decision 72: two people of the same name are two, a person with two editors is one. */
    @Test
    void namesAreCountedByPersonNotByText() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        Actor daniel = new Actor(fixtures.personId("Daniel Okafor"), "Daniel Okafor", false);
        long namesake = fixtures.newPerson(wei, "Daniel Okafor", "COMMITTEE_MEMBER").personId();
        try {
            SignIn.as(daniel);
            presence.openedBy(id, DANIEL);
            presence.openedBy(id, UUID.randomUUID());
            SignIn.as(new Actor(namesake, "Daniel Okafor", false));
            presence.openedBy(id, UUID.randomUUID());
            fixtures.signInAs("Lucía Hernández");
            assertThat(presence.openedBy(id, LUCIA)).containsExactly("Daniel Okafor", "Daniel Okafor");
            assertThat(presence.pulse(id, LUCIA).others()).containsExactly("Daniel Okafor", "Daniel Okafor");
        } finally { // the demo's names stay unique for the other tests
            jdbc.update("delete from draft_presence where person_id = ?", namesake);
            jdbc.update("delete from initiative_role where person_id = ?", namesake);
            jdbc.update("delete from person where id = ?", namesake);
        }
    }

    /**
     * Decision 0082: a report is one statement (report, forget the silent, read the others). Its query sees the table
     * as before the statement, so it leaves out the editors silent for longer than the time-to-live itself; and the
     * reporting editor's own row, silent that long, ends up reported again.
     */
    @Test
    void aReportForgetsTheSilentAndNamesOnlyThoseStillThere() {
        Instant expired = Instant.now().minus(PresenceRegistry.TTL).minusSeconds(60);
        fixtures.signInAs("Lucía Hernández");
        presence.openedBy(id, LUCIA);
        fixtures.signInAs("Daniel Okafor");
        presence.openedBy(id, DANIEL);
        UUID silent = UUID.randomUUID();
        jdbc.update("""
                insert into draft_presence (recommendation_id, person_id, editor, name, seen_at)
                values (?, ?, ?, 'Gone Away', ?)""", id, fixtures.personId("Sam Chen"), silent, Timestamp.from(expired));
        seenAt(expired);

        assertThat(presence.openedBy(id, DANIEL)).as("the silent editor is not named").containsExactly("Lucía Hernández");
        assertThat(jdbc.queryForObject("select count(*) from draft_presence where editor = ?", Integer.class, silent))
                .as("and is forgotten").isZero();
        assertThat(presenceRows()).as("Daniel's and Lucía's editors").isEqualTo(2);
        assertThat(Duration.between(seenAt(), Instant.now()).abs()).as("Daniel's own row, reported again")
                .isLessThan(Duration.ofSeconds(10));
    }

    private int presenceRows() {
        return jdbc.queryForObject("select count(*) from draft_presence where recommendation_id = ?", Integer.class, id);
    }

    private void seenAt(Instant when) {
        jdbc.update("update draft_presence set seen_at = ? where recommendation_id = ? and editor = ?",
                Timestamp.from(when), id, DANIEL);
    }

    private Instant seenAt() {
        return jdbc.queryForObject("select seen_at from draft_presence where recommendation_id = ? and editor = ?",
                Timestamp.class, id, DANIEL).toInstant();
    }
}
