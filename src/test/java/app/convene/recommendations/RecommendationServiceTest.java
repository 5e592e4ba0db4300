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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.test.database=recommendations")
class RecommendationServiceTest {

    @Autowired
    RecommendationService service;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationSourcesService sources;
    @Autowired
    RoleService roles;
    @Autowired
    JdbcTemplate jdbc;

    long wei;
    long section;

    @BeforeEach
    void report() {
        wei = fixtures.initiativeId("worker-equity-initiative");
        signInAs("Daniel Okafor");
        long report = service.createReport(wei, "Recommendations to LWDA");
        section = service.addSection(report, "Principle 1: Equity in access");
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

    @Test
    void everySaveIsOneNumberedRevisionWithAuthorAndSummary() {
        RecommendationDetails created = service.addRecommendation(section, "Fund navigators", "Fund *navigators*.");
        assertThat(created.revisionCount()).isEqualTo(1);
        assertThat(created.latest().authorName()).isEqualTo("Daniel Okafor");

        signInAs("Lucía Hernández");
        SaveResult second = service.save(created.id(), 1, "Fund career navigators", "Fund career navigators.", "Name them");
        assertThat(second).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.revision().number()).isEqualTo(2);
            assertThat(saved.revision().authorName()).isEqualTo("Lucía Hernández");
            assertThat(saved.revision().summary()).isEqualTo("Name them");
        });
        assertThat(service.recommendation(created.id()).title()).isEqualTo("Fund career navigators");
        assertThat(service.history(created.id(), PageRequest.of(0, 10)).map(RevisionItem::number).getContent())
                .containsExactly(2, 1);
        assertThat(service.revision(created.id(), 1).body()).isEqualTo("Fund *navigators*.");
    }

    @Test
    void aNulCharacterInASaveIsRefusedByTheField() {
        long id = service.addRecommendation(section, "Fund navigators", "Fund navigators.").id();
        assertThatThrownBy(() -> service.save(id, 1, "Fund navigators", "Fund\0navigators.", "Typo"))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.messageKey()).isEqualTo("error.nulCharacter");
                });
        assertThatThrownBy(() -> service.save(id, 1, "Fund\0navigators", "Fund navigators.", "Typo"))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void theSecondToSaveFromTheSameRevisionIsRefusedAndGetsTheirTextBack() {
        long id = service.addRecommendation(section, "Paid internships", "Pay interns.").id();
        assertThat(service.save(id, 1, "Paid internships", "Pay interns a living wage.", "Wage"))
                .isInstanceOf(SaveResult.Saved.class);

        signInAs("Lucía Hernández");
        SaveResult late = service.save(id, 1, "Paid internships", "Pay all interns.", "All");
        assertThat(late).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.baseRevision()).isEqualTo(1);
            assertThat(conflict.latest().body()).isEqualTo("Pay interns a living wage.");
            assertThat(conflict.latest().authorName()).isEqualTo("Daniel Okafor");
            assertThat(conflict.yourBody()).isEqualTo("Pay all interns.");
        });
        assertThat(service.recommendation(id).revisionCount()).isEqualTo(2);
        assertThat(service.revision(id, 2).body()).isEqualTo("Pay interns a living wage.");

        // Keeping theirs as a new revision on top: save again from the latest.
        assertThat(service.save(id, 2, "Paid internships", "Pay all interns.", "Keep mine on top"))
                .isInstanceOfSatisfying(SaveResult.Saved.class, s -> assertThat(s.revision().number()).isEqualTo(3));
    }

    @Test
    void concurrentSavesFromOneRevisionYieldExactlyOneRevisionAndRefuseTheRest() throws Exception {
        long id = service.addRecommendation(section, "Race", "Start.").id();
        Actor daniel = actor("Daniel Okafor");
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SaveResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                String text = "Text " + i;
                Callable<SaveResult> save = () -> {
                    SignIn.as(daniel);
                    try {
                        start.await();
                        return service.save(id, 1, "Race", text, "Try " + text);
                    } finally {
                        SignIn.out();
                    }
                };
                results.add(pool.submit(save));
            }
            start.countDown();
        }
        int saved = 0;
        int refused = 0;
        for (Future<SaveResult> result : results) {
            if (result.get() instanceof SaveResult.Saved) {
                saved++;
            } else {
                refused++;
            }
        }
        assertThat(saved).isEqualTo(1);
        assertThat(refused).isEqualTo(writers - 1);
        assertThat(jdbc.queryForObject("select count(*) from recommendation_revision where recommendation_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void onlyCommitteeMembersAndCoordinatorsDraftAndOnlyPeopleWithARoleRead() {
        long id = service.addRecommendation(section, "Scoped", "Body").id();
        Authorization.runAsSystem(() -> roles.appoint(wei, actor("Jordan Ellis").personId(), InitiativeRole.STAKEHOLDER));

        signInAs("Jordan Ellis");
        assertThat(service.recommendation(id).title()).isEqualTo("Scoped");
        assertThatThrownBy(() -> service.save(id, 1, "Mine", "Mine", "Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addRecommendation(section, "New", "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createReport(wei, "Mine")).isInstanceOf(AccessDeniedException.class);

        signInAs("Casey Morgan");
        assertThatThrownBy(() -> service.recommendation(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.history(id, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);

        signInAs("Maya Thompson");
        assertThat(service.save(id, 1, "Scoped", "Edited by the coordinator", "Edit")).isInstanceOf(SaveResult.Saved.class);
        assertThat(jdbc.queryForObject("select count(*) from recommendation_revision where recommendation_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        long id = service.addRecommendation(section, "Valid", "Body").id();
        assertThatThrownBy(() -> service.save(id, 1, "  ", "Body 2", "Summary"))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> service.save(id, 1, "Valid", "Body 2", ""))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("summary"));
        assertThatThrownBy(() -> service.save(id, 1, "x".repeat(201), "Body 2", "S"))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("recommendations.error.tooLong"));
        assertThat(service.recommendation(id).revisionCount()).isEqualTo(1);
        assertThat(service.save(id, 1, "Valid", "Body 2", "Fine")).isInstanceOf(SaveResult.Saved.class);
    }

    @Test
    void comparingTwoRevisionsMarksInsertedAndDeletedWords() {
        long id = service.addRecommendation(section, "Diff", "Expand paid internships for youth.").id();
        service.save(id, 1, "Diff", "Expand paid apprenticeships for youth and adults.", "Broaden");
        List<DiffSegment> diff = service.compare(id, 1, 2);
        assertThat(diff).containsExactly(
                new DiffSegment(DiffSegment.Kind.SAME, "Expand paid "),
                new DiffSegment(DiffSegment.Kind.DELETED, "internships"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "apprenticeships"),
                new DiffSegment(DiffSegment.Kind.SAME, " for "),
                new DiffSegment(DiffSegment.Kind.DELETED, "youth."),
                new DiffSegment(DiffSegment.Kind.INSERTED, "youth and adults."));
    }

    @Test
    void aDiffRebuildsBothTexts() {
        String older = "One two three.\n\nFour five six seven.";
        String newer = "One three.\n\nFour five, six seven eight.";
        WordDiffTest.assertRebuilds(WordDiff.diff(older, newer), older, newer);
    }

    @Test
    void aRecommendationNamesTheGoalsAndWorkgroupsItComesFromOnlyWithinItsInitiative() {
        long id = service.addRecommendation(section, "Sourced", "Body").id();
        Sources options = sources.sourceOptions(wei);
        assertThat(options.goals()).isNotEmpty();
        assertThat(options.workgroups()).isNotEmpty();
        Sources.Named goal = options.goals().getFirst();
        Sources.Named group = options.workgroups().getFirst();
        sources.setSources(id, java.util.Set.of(goal.id()), java.util.Set.of(group.id()));
        assertThat(sources.sources(id).goals()).containsExactly(goal);
        assertThat(sources.sources(id).workgroups()).containsExactly(group);

        long otherGoal = jdbc.queryForObject("""
                select g.id from strategic_goal g join initiative i on i.id = g.initiative_id
                where i.slug = 'equity-at-work' limit 1""", Long.class);
        assertThatThrownBy(() -> sources.setSources(id, java.util.Set.of(otherGoal), java.util.Set.of()))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("sources"));
        assertThat(sources.sources(id).goals()).containsExactly(goal);

        Authorization.runAsSystem(() -> roles.appoint(wei, actor("Jordan Ellis").personId(), InitiativeRole.STAKEHOLDER));
        signInAs("Jordan Ellis");
        assertThatThrownBy(() -> sources.setSources(id, java.util.Set.of(), java.util.Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sources.sources(id).workgroups()).containsExactly(group);
    }
}
