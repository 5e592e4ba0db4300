package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every change to reports, recommendations, comments and decision rounds writes an audit row naming
 * the person who made it (closing a round at its time names the system).
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=decisions")
class RecommendationAuditTest {

    static final String COORDINATOR = "Maya Thompson";
    static final String MEMBER = "Daniel Okafor";
    static final String OTHER_MEMBER = "Lucía Hernández";
    static final String SYSTEM = "Convene (system)";

    /** One audited operation: who performs it, and the call (given a fresh recommendation of the WEI). */
    record Case(String action, String actor, Consumer<RecommendationAuditTest> call) {
        @Override
        public String toString() {
            return action + " by " + actor;
        }
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    RecommendationSourcesService sources;
    @Autowired
    CommentService comments;
    @Autowired
    DecisionService decisions;
    @Autowired
    JdbcTemplate jdbc;

    long wei;
    long recommendation;

    static Stream<Case> cases() {
        return Stream.of(
                new Case("report.created", MEMBER, t -> t.recommendations.createReport(t.wei, "Audited report")),
                new Case("report.sectionAdded", MEMBER, t -> t.recommendations.addSection(
                        t.recommendations.createReport(t.wei, "Audited report"), "Goals")),
                new Case("recommendation.added", MEMBER, t -> t.recommendations.addRecommendation(
                        t.recommendations.addSection(t.recommendations.createReport(t.wei, "R"), "S"), "Added", "Body")),
                new Case("recommendation.revised", MEMBER, t -> t.recommendations.save(t.recommendation, 1, "Edited",
                        "Edited body", "Tighter")),
                new Case("recommendation.sourcesSet", MEMBER, t -> t.sources.setSources(t.recommendation, Set.of(),
                        Set.of())),
                new Case("comment.added", MEMBER, t -> t.comments.comment(t.recommendation, 1, 0, "A comment")),
                new Case("comment.replied", OTHER_MEMBER, t -> t.comments.reply(t.commentBy(MEMBER), "A reply")),
                new Case("comment.edited", MEMBER, t -> t.comments.edit(t.commentBy(MEMBER), "Edited")),
                new Case("comment.deleted", MEMBER, t -> t.comments.delete(t.commentBy(MEMBER))),
                new Case("comment.moderated", COORDINATOR, t -> t.comments.moderate(t.commentBy(MEMBER), "Off topic")),
                new Case("comment.resolved", OTHER_MEMBER, t -> t.comments.resolve(t.commentBy(MEMBER))),
                new Case("recommendation.publicCommentOpened", COORDINATOR, t -> t.comments.openPublicComment(
                        t.recommendation, Instant.now().plus(Duration.ofDays(3)))),
                new Case("recommendation.publicCommentClosed", COORDINATOR,
                        t -> t.comments.closePublicComment(t.recommendation)),
                new Case("decision.opened", COORDINATOR, t -> t.openRound()),
                new Case("decision.responded", MEMBER, t -> t.decisions.respond(t.roundAs(COORDINATOR),
                        DecisionResponse.CONSENT, null)),
                new Case("decision.objectionResolved", COORDINATOR, t -> t.decisions.resolveObjection(
                        t.roundWithObjection(), t.fixtures.personId(OTHER_MEMBER), "Agreed after a call")),
                new Case("decision.closed", COORDINATOR, t -> t.decisions.closeNow(t.roundAs(COORDINATOR))),
                new Case("decision.closed", SYSTEM, t -> t.closeByTheJob()),
                new Case("decision.voided", MEMBER, t -> {
                    t.roundAs(COORDINATOR);
                    t.recommendations.save(t.recommendation, 1, "Edited", "Edited body", "Edit during the round");
                }),
                new Case("recommendation.published", COORDINATOR, t -> {
                    t.approve();
                    t.decisions.publish(t.recommendation);
                }),
                new Case("recommendation.withdrawn", COORDINATOR, t -> t.decisions.withdraw(t.recommendation, "Superseded")),
                new Case("recommendation.correctionStarted", MEMBER, t -> {
                    t.approve();
                    t.decisions.publish(t.recommendation);
                    t.signInAs(MEMBER);
                    t.recommendations.save(t.recommendation, 1, "Corrected", "Corrected body", "Correction");
                }));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyChangeIsAuditedAsThePersonWhoMadeIt(Case operation) {
        wei = fixtures.initiativeId("worker-equity-initiative");
        recommendation = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Report"), "Principles"), "Living wages", "Pay living wages.").id());
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        signInAs(operation.actor());
        operation.call().accept(this);

        List<Map<String, Object>> rows = jdbc.queryForList("select actor_id, actor_label from audit_event "
                + "where id > ? and action = ? order by id desc", before, operation.action());
        assertThat(rows).as("an audit row for " + operation.action()).isNotEmpty();
        Long expectedId = SYSTEM.equals(operation.actor()) ? null : fixtures.personId(operation.actor());
        assertThat(rows.getFirst()).containsEntry("actor_label", operation.actor()).containsEntry("actor_id", expectedId);
    }

    void signInAs(String name) {
        if (SYSTEM.equals(name)) {
            SignIn.out();
        } else {
            fixtures.signInAs(name);
        }
    }

    /** As {@code who}, opens a round (1 of 2 must respond), then signs back in as the case's actor. */
    long roundAs(String who) {
        String actor = currentName();
        signInAs(who);
        long round = openRound();
        signInAs(actor);
        return round;
    }

    long openRound() {
        return decisions.open(recommendation, Instant.now().plus(Duration.ofDays(7)), 1, 2, true).id();
    }

    long roundWithObjection() {
        long round = roundAs(COORDINATOR);
        signInAs(OTHER_MEMBER);
        decisions.respond(round, DecisionResponse.OBJECTION, "Name the funding source");
        signInAs(COORDINATOR);
        return round;
    }

    /** The recommendation approved (Daniel consents; Maya closes), then signed in as the coordinator. */
    void approve() {
        long round = roundAs(COORDINATOR);
        signInAs(MEMBER);
        decisions.respond(round, DecisionResponse.CONSENT, null);
        signInAs(COORDINATOR);
        decisions.closeNow(round);
    }

    void closeByTheJob() {
        long round = roundAs(COORDINATOR);
        jdbc.update("update decision_round set closes_at = now() - interval '1 minute' where id = ?", round);
        Authorization.runAsSystem(decisions::closeDue);
    }

    /** A comment by {@code author} on the recommendation, then signed back in as the case's actor. */
    long commentBy(String author) {
        String actor = currentName();
        signInAs(author);
        long id = comments.comment(recommendation, 1, 0, "Their comment");
        signInAs(actor);
        return id;
    }

    private static String currentName() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() == null
                ? SYSTEM : ((app.convene.security.Actor) org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication().getPrincipal()).name();
    }
}
