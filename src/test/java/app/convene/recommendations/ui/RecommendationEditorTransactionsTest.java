package app.convene.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.recommendations.RecommendationService;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ui.PushChannels;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.TransactionsBegun;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 0082: the editor's page is drawn in one read-only transaction (its initiative, the checks, the
 * recommendation, its sources, kept work and linked resources, the status banner), and a drafter's presence is
 * written after it, in one transaction of its own; before, a drafter's visit began eight. A reader writes nothing.
 */
@ConveneTest
class RecommendationEditorTransactionsTest extends SpringBrowserlessTest {

    static final String PAGE = "initiatives/worker-equity-initiative/recommendations/";

    @Autowired
    PlatformTransactionManager manager;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    PushChannels channels;

    long first;
    long second;

    @BeforeEach
    void twoRecommendations() {
        first = fixtures.recommendationId("Culturally and linguistically responsive services");
        second = jdbc.queryForObject("""
                select min(r.id) from recommendation r join initiative i on i.id = r.initiative_id
                where i.slug = 'worker-equity-initiative' and r.id <> ?""", Long.class, first);
    }

    @AfterEach
    void signOut() {
        jdbc.update("delete from draft_presence where recommendation_id in (?, ?)", first, second);
        SignIn.out();
    }

    private int transactionsOpening(long id) {
        try (TransactionsBegun begun = new TransactionsBegun(manager, true)) {
            navigate(PAGE + id, RecommendationEditorView.class);
            return begun.count();
        }
    }

    private int present(String who, long recommendation) {
        return jdbc.queryForObject("select count(*) from draft_presence where recommendation_id = ? and person_id = ?",
                Integer.class, recommendation, fixtures.personId(who));
    }

    @Test
    void aDraftersEditorIsDrawnInOneReadOnlyTransactionAndThenReportedPresent() {
        fixtures.signInAs("Daniel Okafor");
        navigate("", Component.class);
        assertThat(transactionsOpening(first)).as("the drawing, then the presence").isEqualTo(2);
        assertThat(present("Daniel Okafor", first)).as("the drafter's editor, reported after the drawing").isOne();

        channels.settle();
        AtomicInteger toldOfFirst = new AtomicInteger();
        Registration told = channels.onPublish(RecommendationEditorView.channel(first), toldOfFirst::incrementAndGet);
        try {
            assertThat(transactionsOpening(second)).as("another recommendation in the same page: the first one left too")
                    .isEqualTo(3);
            channels.settle();
        } finally {
            told.remove();
        }
        assertThat(present("Daniel Okafor", first)).as("the recommendation left behind").isZero();
        assertThat(toldOfFirst).as("its other editors told").hasPositiveValue();
        assertThat(present("Daniel Okafor", second)).isOne();
    }

    /** A drafter here who only reads there: moving to there in the same page leaves the draft open here. */
    @Test
    void aDrafterWhoMovesToARecommendationTheyOnlyReadLeavesTheirDraft() {
        long atlanta = fixtures.initiativeId("equity-at-work");
        long daniel = fixtures.personId("Daniel Okafor");
        long there = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(atlanta, "Read only"), "Access"), "Read there", "Only read.").id());
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'STAKEHOLDER')",
                atlanta, daniel);
        try {
            fixtures.signInAs("Daniel Okafor");
            navigate(PAGE + first, RecommendationEditorView.class);
            assertThat(present("Daniel Okafor", first)).isOne();
            RecommendationEditorView page = navigate("initiatives/equity-at-work/recommendations/" + there,
                    RecommendationEditorView.class);
            assertThat(page.editor).as("the same page, reused by Vaadin, with the editor it had").isNotNull();
            assertThat(page.editor.body.isAttached()).as("a reader's page there").isFalse();
            assertThat(present("Daniel Okafor", first)).as("the draft left here").isZero();
        } finally {
            jdbc.update("delete from initiative_role where initiative_id = ? and person_id = ? and role = 'STAKEHOLDER'",
                    atlanta, daniel);
        }
    }

    @Test
    void aReadersPageIsOneTransactionAndWritesNothing() {
        Actor reader = fixtures.newPerson(fixtures.initiativeId("worker-equity-initiative"),
                "Reader " + UUID.randomUUID().toString().substring(0, 6), "STAKEHOLDER");
        SignIn.as(reader);
        navigate("", Component.class);
        assertThat(transactionsOpening(first)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from draft_presence where person_id = ?", Integer.class,
                reader.personId())).isZero();
    }

    @Test
    void anUnknownRecommendationOrOneOfAnotherInitiativeIsRefusedAndNothingIsReported() {
        fixtures.signInAs("Daniel Okafor");
        long atlanta = fixtures.initiativeId("equity-at-work");
        long elsewhere = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(atlanta, "Elsewhere"), "Access"), "Elsewhere", "Not this initiative's.").id());
        navigate(PAGE + 987_654_321L, Component.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found · Convene");
        navigate(PAGE + elsewhere, Component.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).as("checked on the stored row's initiative, as before")
                .isEqualTo("Not available to you · Convene");
        assertThat(jdbc.queryForObject("select count(*) from draft_presence where person_id = ?", Integer.class,
                fixtures.personId("Daniel Okafor"))).isZero();
    }
}
