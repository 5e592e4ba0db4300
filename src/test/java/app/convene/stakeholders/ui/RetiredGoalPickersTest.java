package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.GoalService;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.recommendations.RecommendationSourcesService;
import app.convene.recommendations.Sources;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.Sector;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14 polish: a retired goal is no longer offered where a new choice is made (the Join form's interests,
 * the goal of a new workgroup, a recommendation's sources), while what already names it keeps its title.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=partners")
class RetiredGoalPickersTest extends SpringBrowserlessTest {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    GoalService goals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    RecommendationSourcesService sources;
    @Autowired
    RegistrationService registrations;
    @Autowired
    SmallInitiatives small;

    long initiative;
    String slug;
    String kept;
    String retired;
    long retiredId;

    @BeforeEach
    void initiativeWithARetiredGoal() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        slug = "retired-" + tag;
        kept = "Kept goal " + tag;
        retired = "Retired goal " + tag;
        initiative = Authorization.runAsSystem(() -> initiatives.create(new NewInitiative(slug, "Retired " + tag,
                "Region", null, null, null, List.of(new NewInitiative.GoalDraft(kept, null, List.of()),
                new NewInitiative.GoalDraft(retired, null, List.of())), List.of())));
        retiredId = goalId(retired);
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Goal Coordinator"));
        workgroups.create(initiative, retiredId, "Workgroup of " + retired, null, null, false);
        goals.setRetired(initiative, retiredId, true);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long goalId(String title) {
        return initiatives.findById(initiative).orElseThrow().goals().stream().filter(g -> g.title().equals(title))
                .findFirst().orElseThrow().id();
    }

    @Test
    void theJoinFormOffersOnlyGoalsNotRetiredAndTheServiceRefusesARetiredOne() {
        SignIn.out();
        JoinView view = navigate("initiatives/" + slug + "/join", JoinView.class);

        assertThat(view.form.goals.getListDataView().getItems().map(GoalRef::title)).containsExactly(kept);

        assertThatThrownBy(() -> registrations.register(initiative, new NewRegistration("Ana López",
                "retired." + UUID.randomUUID() + "@example.org", null, "Westside Works", null, Sector.WORKER_CENTER,
                null, null, null, null, Set.of(retiredId), false, Demographics.NONE), "10.14.7." + UUID.randomUUID().hashCode()))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.messageKey()).isEqualTo("join.error.stale"));
    }

    @Test
    void aNewWorkgroupsGoalPickerLeavesTheRetiredGoalOutWhileItsWorkgroupStillNamesIt() {
        navigate("initiatives/" + slug, Component.class);
        test($(com.vaadin.flow.component.button.Button.class).withText("New workgroup").single()).click();

        @SuppressWarnings("unchecked")
        Select<GoalRef> picker = (Select<GoalRef>) $(Select.class).all().stream()
                .filter(s -> "For strategic goal".equals(s.getLabel())).findFirst().orElseThrow();
        assertThat(picker.getListDataView().getItems().map(GoalRef::title)).containsExactly(kept);
        assertThat(workgroups.list(initiative, org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(w -> assertThat(w.goal()).isEqualTo(retired));
    }

    @Test
    void aRecommendationsSourcesOfferOnlyGoalsNotRetired() {
        Sources options = sources.sourceOptions(initiative);
        assertThat(options.goals()).extracting(Sources.Named::name).containsExactly(kept);
        assertThat(initiatives.findById(initiative).orElseThrow().goals()).extracting(GoalRef::title)
                .as("lookups of what already links a goal still find it").containsExactly(kept, retired);
        assertThat(initiatives.findById(initiative).map(InitiativeDirectory.InitiativeRef::offeredGoals).orElseThrow())
                .extracting(GoalRef::title).containsExactly(kept);
    }
}
