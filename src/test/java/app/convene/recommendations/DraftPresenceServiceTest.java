package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * when its last report is a minute old, so a publication to n editors does not write n times; decision 0071: a
 * person's several open editors (tabs) report them once a publication.
 */
@ConveneTest
class DraftPresenceServiceTest {

    static final String CHANNEL = "test:presence";

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
        presence.openedBy(id);
        fixtures.signInAs("Lucía Hernández");
        presence.openedBy(id);
        List<List<String>> seen = new CopyOnWriteArrayList<>();
        var registration = channels.onPublish(CHANNEL, () -> {
            fixtures.signInAs("Daniel Okafor");
            seen.add(presence.pulse(id).others());
            // someone opens it on another node between two editors' refreshes, without a publication yet
            jdbc.update("insert into draft_presence (recommendation_id, person_id, name, seen_at) values (?, ?, ?, ?)",
                    id, fixtures.personId("Maya Thompson"), "Maya Thompson", Timestamp.from(Instant.now()));
            fixtures.signInAs("Lucía Hernández");
            seen.add(presence.pulse(id).others());
        });
        try {
            channels.publish(CHANNEL);
        } finally {
            registration.remove();
        }

        assertThat(seen).as("each sees the others, from the one read of the publication")
                .containsExactly(List.of("Lucía Hernández"), List.of("Daniel Okafor"));
        fixtures.signInAs("Lucía Hernández");
        assertThat(presence.pulse(id).others()).as("outside a publication: read now")
                .containsExactly("Daniel Okafor", "Maya Thompson");
    }

    @Test
    void anEditorWithoutTheRightToDraftIsRefusedEvenWhenTheReadIsShared() {
        List<Object> outcomes = new CopyOnWriteArrayList<>();
        var registration = channels.onPublish(CHANNEL, () -> {
            fixtures.signInAs("Daniel Okafor");
            outcomes.add(presence.pulse(id).others());
            fixtures.signInAs("Jordan Ellis");
            try {
                outcomes.add(presence.pulse(id));
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
        assertThatThrownBy(() -> presence.pulse(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEditorReportsItselfAgainOnlyWhenItsLastReportIsAMinuteOld() {
        fixtures.signInAs("Daniel Okafor");
        presence.openedBy(id);

        Instant recent = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        seenAt(recent);
        presence.pulse(id);
        assertThat(seenAt()).as("reported 30 s ago: not written again").isEqualTo(recent);

        Instant old = Instant.now().minus(DraftPresenceService.REPORT_EVERY).minusSeconds(10);
        seenAt(old);
        presence.pulse(id);
        assertThat(seenAt()).as("reported over a minute ago: reported now").isAfter(Instant.now().minusSeconds(10));

        jdbc.update("delete from draft_presence where recommendation_id = ?", id);
        presence.pulse(id);
        assertThat(jdbc.queryForObject("select count(*) from draft_presence where recommendation_id = ?",
                Integer.class, id)).as("a report that expired or was lost is made again").isOne();
        assertThat(Duration.between(seenAt(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPersonsOpenEditorsReportThemOnceAPublication() {
        fixtures.signInAs("Daniel Okafor");
        presence.openedBy(id);
        jdbc.update("delete from draft_presence where recommendation_id = ?", id); // e.g. he closed a third tab
        List<Integer> rows = new CopyOnWriteArrayList<>();
        var registration = channels.onPublish(CHANNEL, () -> {
            fixtures.signInAs("Daniel Okafor");
            presence.pulse(id); // his first tab reports him again
            rows.add(presenceRows());
            jdbc.update("delete from draft_presence where recommendation_id = ?", id);
            presence.pulse(id); // his second tab, in the same publication: nothing new to report
            rows.add(presenceRows());
        });
        try {
            channels.publish(CHANNEL);
        } finally {
            registration.remove();
        }
        assertThat(rows).as("one report for the publication, not one per tab").containsExactly(1, 0);
        presence.pulse(id);
        assertThat(presenceRows()).as("the next publication (here: none) reports him again").isOne();
    }

    private int presenceRows() {
        return jdbc.queryForObject("select count(*) from draft_presence where recommendation_id = ?", Integer.class, id);
    }

    private void seenAt(Instant when) {
        jdbc.update("update draft_presence set seen_at = ? where recommendation_id = ?", Timestamp.from(when), id);
    }

    private Instant seenAt() {
        return jdbc.queryForObject("select seen_at from draft_presence where recommendation_id = ?", Timestamp.class, id)
                .toInstant();
    }
}
