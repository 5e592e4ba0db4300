package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.LeftNotices;
import app.convene.support.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17: the notices of recommendations. A draft going to committee review (DRAFT_REVIEW) and a later round
 * (DECISION_ROUND) reach the electorate but not the coordinator who opened it; "closes soon" reaches those who
 * have not responded, once; comments reach the draft's drafters and the thread's authors (COMMENT), never the
 * commenter, and only people who may still read the initiative's recommendations.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=decisions")
class RecommendationNoticesTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    CommentService comments;
    @Autowired
    DecisionRoundReminders reminders;
    @Autowired
    RoleService roles;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LeftNotices left;
    @Autowired
    JdbcTemplate jdbc;

    long wei;
    long id;
    String link;
    long maya;
    long daniel;
    long lucia;
    long jordan;

    @BeforeEach
    void aRecommendationDraftedByMaya() {
        wei = fixtures.initiativeId("worker-equity-initiative");
        maya = fixtures.personId("Maya Thompson");
        daniel = fixtures.personId("Daniel Okafor");
        lucia = fixtures.personId("Lucía Hernández");
        jordan = fixtures.personId("Jordan Ellis");
        signInAs("Maya Thompson");
        id = recommendations.addRecommendation(recommendations.addSection(recommendations.createReport(wei,
                "Notices report"), "Wages"), "Living wages", "Pay living wages.\n\nIndex them to rents.").id();
        link = "initiatives/worker-equity-initiative/recommendations/" + id;
        Authorization.runAsSystem(() -> roles.appoint(wei, jordan, InitiativeRole.STAKEHOLDER));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    void signInAs(String name) {
        SignIn.as(new Actor(fixtures.personId(name), name, false));
    }

    List<LeftNotices.Row> mine(long before) {
        return left.since(before).stream().filter(n -> link.equals(n.link())).toList();
    }

    @Test
    void aDraftGoingToReviewReachesTheElectorateAndALaterRoundIsADecisionRound() {
        long before = left.last();
        RoundItem round = decisions.open(id, Instant.now().plus(Duration.ofDays(7)), 1, 2, false);

        assertThat(mine(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::key,
                        LeftNotices.Row::initiativeId)
                .containsExactlyInAnyOrder(tuple(daniel, "DRAFT_REVIEW", "notice.draftReview", wei),
                        tuple(lucia, "DRAFT_REVIEW", "notice.draftReview", wei));
        assertThat(mine(before).getFirst().text()).contains("Living wages");

        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.OBJECTION, "Say which rents");
        signInAs("Maya Thompson");
        decisions.closeNow(round.id());
        before = left.last();
        decisions.open(id, Instant.now().plus(Duration.ofDays(7)), 1, 2, false);

        assertThat(mine(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::key)
                .as("not a draft any more: a decision round opened")
                .containsExactlyInAnyOrder(tuple(daniel, "DECISION_ROUND", "notice.roundOpened"),
                        tuple(lucia, "DECISION_ROUND", "notice.roundOpened"));
    }

    @Test
    void aCoordinatorOnTheCommitteeWhoOpensTheRoundIsNotTold() {
        Authorization.runAsSystem(() -> roles.appoint(wei, maya, InitiativeRole.COMMITTEE_MEMBER));
        try {
            long before = left.last();
            RoundItem round = decisions.open(id, Instant.now().plus(Duration.ofDays(7)), 1, 2, false);
            assertThat(round.electorate()).extracting(RoundItem.Voter::personId).contains(maya);
            assertThat(mine(before)).extracting(LeftNotices.Row::personId).containsExactlyInAnyOrder(daniel, lucia);
        } finally {
            jdbc.update("delete from initiative_role where initiative_id = ? and person_id = ? and role = 'COMMITTEE_MEMBER'",
                    wei, maya);
        }
    }

    @Test
    void closingSoonReachesWhoHasNotRespondedOnce() {
        RoundItem round = decisions.open(id, Instant.now().plus(Duration.ofHours(12)), 1, 2, false);
        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        SignIn.out();

        long before = left.last();
        Authorization.runAsSystem(reminders::remindClosingSoon);
        Authorization.runAsSystem(reminders::remindClosingSoon);

        assertThat(mine(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::key)
                .containsExactly(tuple(lucia, "DECISION_ROUND", "notice.roundClosingSoon"));
        assertThat(jdbc.queryForObject("select closing_notice_at is not null from decision_round where id = ?",
                Boolean.class, round.id())).isTrue();
    }

    @Test
    void aRoundClosingInAWeekIsNotClosingSoon() {
        RoundItem round = decisions.open(id, Instant.now().plus(Duration.ofDays(7)), 1, 2, false);
        long before = left.last();
        Authorization.runAsSystem(reminders::remindClosingSoon);
        assertThat(mine(before)).isEmpty();
        assertThat(jdbc.queryForObject("select closing_notice_at is null from decision_round where id = ?",
                Boolean.class, round.id())).isTrue();
    }

    @Test
    void aCommentReachesTheDrafterAndAReplyTheThreadsAuthorsButNeverTheCommenter() {
        signInAs("Daniel Okafor");
        long before = left.last();
        long thread = comments.comment(id, 1, 0, "Which wage?");
        assertThat(mine(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::key,
                        LeftNotices.Row::initiativeId)
                .containsExactly(tuple(maya, "COMMENT", "notice.commentOnDraft", wei));
        assertThat(mine(before).getFirst().text()).contains("Daniel Okafor", "Living wages");

        signInAs("Lucía Hernández");
        before = left.last();
        long reply = comments.reply(thread, "The MIT calculator's");
        assertThat(mine(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::key)
                .containsExactlyInAnyOrder(tuple(daniel, "notice.commentReply"), tuple(maya, "notice.commentOnDraft"));

        signInAs("Maya Thompson");
        before = left.last();
        comments.reply(reply, "Agreed");
        assertThat(mine(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::key)
                .as("the drafter replied: the comment replied to and the thread's first comment")
                .containsExactlyInAnyOrder(tuple(lucia, "notice.commentReply"), tuple(daniel, "notice.commentReply"));
    }

    @Test
    void someoneWhoMayNoLongerReadRecommendationsIsNotTold() {
        comments.openPublicComment(id, Instant.now().plusSeconds(3600));
        signInAs("Jordan Ellis");
        long thread = comments.comment(id, 1, 1, "Rents differ by county.");
        jdbc.update("delete from initiative_role where person_id = ? and initiative_id = ?", jordan, wei);

        signInAs("Daniel Okafor");
        long before = left.last();
        comments.reply(thread, "Good point");
        assertThat(mine(before)).extracting(LeftNotices.Row::personId).containsExactly(maya);
    }
}
