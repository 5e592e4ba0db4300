package app.convene.recommendations;

import app.convene.shared.ValidationError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.test.database=comments")
class CommentServiceTest {

    static final String TEXT = """
            Expand paid apprenticeships across the region.

            Fund career navigators in every American Job Center.

            Publish outcomes by race and gender every year.""";

    @Autowired
    CommentService comments;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    RoleService roles;
    @Autowired
    JdbcTemplate jdbc;

    long id;

    @BeforeEach
    void recommendation() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        id = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Report"), "Goals"), "Pathways", TEXT).id());
        Authorization.runAsSystem(() -> roles.appoint(wei, actor("Jordan Ellis").personId(), InitiativeRole.STAKEHOLDER));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Actor actor(String name) {
        return new Actor(fixtures.personId(name), name, false);
    }

    void signInAs(String name) {
        SignIn.as(actor(name));
    }

    CommentThread thread(long commentId) {
        return comments.threads(id).stream().filter(t -> t.id() == commentId).findFirst().orElseThrow();
    }

    @Test
    void commentsFollowTheirParagraphThroughEditsOrAreShownAsOutdated() {
        signInAs("Daniel Okafor");
        long onNavigators = comments.comment(id, 1, 1, "Which centers first?");
        long onOutcomes = comments.comment(id, 1, 2, "Add disability status.");
        long onApprenticeships = comments.comment(id, 1, 0, "Include pre-apprenticeships.");
        comments.reply(onNavigators, "Start with the three largest.");

        // A new first paragraph moves everything down; one paragraph is lightly edited, one rewritten.
        recommendations.save(id, 1, "Pathways", """
                Start with a regional inventory.

                Expand paid apprenticeships across the whole region.

                Fund career navigators in every American Job Center.

                Report results to the board.""", "Restructure");

        assertThat(thread(onNavigators).paragraph()).isEqualTo(2);
        assertThat(thread(onNavigators).replies()).extracting(CommentThread.Reply::body).containsExactly("Start with the three largest.");
        assertThat(thread(onApprenticeships).paragraph()).isEqualTo(1);
        assertThat(thread(onOutcomes).outdated()).isTrue();
        assertThat(thread(onOutcomes).quote()).isEqualTo("Publish outcomes by race and gender every year.");
        assertThat(comments.threads(id).getLast().id()).isEqualTo(onOutcomes);
    }

    @Test
    void stakeholdersCommentOnlyWhilePublicCommentIsOpen() {
        signInAs("Jordan Ellis");
        assertThat(comments.mayCommentNow(id)).isFalse();
        assertThatThrownBy(() -> comments.comment(id, 1, 0, "Me too")).isInstanceOf(AccessDeniedException.class);

        signInAs("Maya Thompson");
        comments.openPublicComment(id, Instant.now().plusSeconds(3600));
        signInAs("Jordan Ellis");
        long mine = comments.comment(id, 1, 0, "Youth need stipends.");
        comments.resolve(mine); // authors may resolve their own threads

        jdbc.update("update recommendation set public_comment_until = now() - interval '1 second' where id = ?", id);
        assertThatThrownBy(() -> comments.comment(id, 1, 0, "Too late")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.reply(mine, "Too late")).isInstanceOf(AccessDeniedException.class);
        assertThat(comments.publicCommentUntil(id)).isEmpty();

        signInAs("Lucía Hernández");
        long committee = comments.comment(id, 1, 0, "Committee members can always comment.");
        signInAs("Jordan Ellis");
        assertThatThrownBy(() -> comments.resolve(committee)).isInstanceOf(AccessDeniedException.class);
        signInAs("Casey Morgan");
        assertThatThrownBy(() -> comments.threads(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from recommendation_comment where recommendation_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void badCommentsAreRefusedFieldByField() {
        signInAs("Daniel Okafor");
        assertThatThrownBy(() -> comments.comment(id, 1, 7, "Where?"))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("paragraph"));
        assertThatThrownBy(() -> comments.comment(id, 1, 0, "   "))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> comments.comment(id, 1, 0, "x".repeat(4001)))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("comment.error.tooLong"));
        assertThatThrownBy(() -> comments.comment(id, 1, 0, "Which\0centers?"))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.messageKey()).isEqualTo("error.nulCharacter");
                });
        signInAs("Maya Thompson");
        assertThatThrownBy(() -> comments.openPublicComment(id, Instant.now().minusSeconds(5)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("until"));
    }

    @Test
    void paragraphsAreBlocksBetweenBlankLines() {
        assertThat(Paragraphs.of("One\n\n\nTwo\r\n  \r\nThree\nstill three")).containsExactly("One", "Two", "Three\nstill three");
        assertThat(Paragraphs.of("  ")).isEmpty();
        assertThat(Paragraphs.find("a b c d e", 0, List.of("x", "a b c d e f"))).isEqualTo(1);
        assertThat(Paragraphs.find("a b c d e", 0, List.of("v w x y z"))).isEqualTo(-1);
    }
    List<java.util.Map<String, Object>> audit(long commentId) {
        return jdbc.queryForList("select action, actor_label, before_state, after_state from audit_event where subject_type = "
                + "'recommendation_comment' and subject_id = ? order by id", String.valueOf(commentId));
    }

    @Test
    void authorsEditAndDeleteTheirOwnCommentsAndTheRepliesStay() {
        signInAs("Daniel Okafor");
        long mine = comments.comment(id, 1, 1, "Which centres first?");
        signInAs("Lucía Hernández");
        long reply = comments.reply(mine, "The three largest.");
        assertThatThrownBy(() -> comments.edit(mine, "Lucía rewrites Daniel")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.delete(mine)).isInstanceOf(AccessDeniedException.class);
        assertThat(thread(mine).mine()).isFalse();
        assertThat(thread(mine).replies().getFirst().mine()).isTrue();

        signInAs("Daniel Okafor");
        assertThat(thread(mine).mine()).isTrue();
        assertThatThrownBy(() -> comments.edit(mine, " ")).isInstanceOf(ValidationError.class);
        comments.edit(mine, "Which centers first?");
        assertThat(thread(mine).body()).isEqualTo("Which centers first?");
        assertThat(thread(mine).editedAt()).isNotNull();

        comments.delete(mine);
        CommentThread deleted = thread(mine);
        assertThat(deleted.body()).isNull();
        assertThat(deleted.removed().by()).isEqualTo("Daniel Okafor");
        assertThat(deleted.removed().reason()).isNull();
        assertThat(deleted.replies()).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("The three largest."));
        assertThatThrownBy(() -> comments.edit(mine, "Back again")).isInstanceOf(ValidationError.class);

        assertThat(audit(mine)).extracting(l -> l.get("action"), l -> l.get("before_state"), l -> l.get("after_state"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("comment.added", null,
                                "on recommendation " + id + ", revision 1, paragraph 2: Which centres first?"),
                        org.assertj.core.groups.Tuple.tuple("comment.edited", "Which centres first?", "Which centers first?"),
                        org.assertj.core.groups.Tuple.tuple("comment.deleted", "Which centers first?", "deleted by its author"));
        assertThat(reply).isPositive();
    }

    @Test
    void coordinatorsRemoveSomeonesCommentWithAReason() {
        signInAs("Daniel Okafor");
        long comment = comments.comment(id, 1, 0, "Something off topic");
        signInAs("Lucía Hernández");
        assertThatThrownBy(() -> comments.moderate(comment, "Off topic")).isInstanceOf(AccessDeniedException.class);
        signInAs("Maya Thompson");
        assertThatThrownBy(() -> comments.moderate(comment, ""))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("comment.error.moderationReason"));
        assertThat(thread(comment).body()).isEqualTo("Something off topic");
        comments.moderate(comment, "Off topic; moved to the workgroup notes");
        assertThat(thread(comment).removed()).satisfies(r -> {
            assertThat(r.by()).isEqualTo("Maya Thompson");
            assertThat(r.reason()).isEqualTo("Off topic; moved to the workgroup notes");
        });
        assertThat(audit(comment)).extracting(l -> l.get("action")).containsExactly("comment.added", "comment.moderated");
        assertThat(audit(comment).getLast()).satisfies(l -> assertThat(l)
                .containsEntry("action", "comment.moderated").containsEntry("actor_label", "Maya Thompson")
                .containsEntry("before_state", "Something off topic")
                .containsEntry("after_state", "removed: Off topic; moved to the workgroup notes"));
    }
}
