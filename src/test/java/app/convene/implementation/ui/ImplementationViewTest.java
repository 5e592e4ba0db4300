package app.convene.implementation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.implementation.ImplementationService;
import app.convene.implementation.ImplementationStatus;
import app.convene.implementation.ImplementationTracking;
import app.convene.implementation.PickerOption;
import app.convene.implementation.TestIndicators;
import app.convene.implementation.TrackingDraft;
import app.convene.recommendations.RecommendationService;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The implementation section of a published recommendation's page, and its standing on the public page. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=implementation-view")
class ImplementationViewTest extends SpringBrowserlessTest {

    static final String LWDA = "California Labor and Workforce Development Agency (LWDA)";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ImplementationService service;
    @Autowired
    app.convene.security.PersonService persons;
    @Autowired
    app.convene.security.RoleService roles;
    @Autowired
    TestIndicators indicators;

    long id;

    @BeforeEach
    void publishedRecommendation() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        id = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Implementation view"), "Principles"), "Living wages",
                "Pay living wages.").id());
        jdbc.update("update recommendation set status = 'PUBLISHED', published_revision = 1 where id = ?", id);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TrackingPanel open(String who) {
        fixtures.signInAs(who);
        navigate("initiatives/worker-equity-initiative/recommendations/" + id, Component.class);
        return $(TrackingPanel.class).single();
    }

    private String status() {
        return jdbc.queryForObject("select status from recommendation_implementation where recommendation_id = ?",
                String.class, id);
    }

    @Test
    void aCoordinatorSetsOwnerStatusAndMilestonesAndNotPursuedNeedsItsReason() {
        TrackingPanel panel = open("Maya Thompson");
        TrackingForm form = panel.form;
        assertThat(panel.summary.getElement().getTextRecursively()).contains("Status: Not started", "No owner organization yet.");
        assertThat(form.reason.isVisible()).isFalse();

        form.owner.setValue(service.ownerChoices(id, "LWDA", 0, 5).getFirst());
        test(form.status).selectItem("Not pursued");
        assertThat(form.reason.isVisible()).isTrue();
        test(form.save).click();
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Give the reason it is not pursued.");
        assertThat(jdbc.queryForObject("select count(*) from recommendation_implementation where recommendation_id = ?",
                Long.class, id)).isZero();

        test(form.status).selectItem("In progress");
        form.milestones.setValue(Set.of(service.milestoneChoices(id, "Recommendations shared", 0, 5).getFirst()));
        test(form.save).click();
        assertThat(status()).isEqualTo("IN_PROGRESS");
        assertThat(panel.summary.getElement().getTextRecursively())
                .contains("Status: In progress", "Owner: " + LWDA, "Recommendations shared with LWDA");
    }

    @Test
    void aStaleSaveIsRefusedWithTheTypedValuesKept() {
        TrackingPanel panel = open("Maya Thompson");
        TrackingForm form = panel.form;
        // Someone else saves while the form is open.
        service.save(id, 0, new TrackingDraft(null, ImplementationStatus.IMPLEMENTED, null, Set.of()));

        test(form.status).selectItem("Not pursued");
        test(form.reason).setValue("No funding");
        test(form.save).click();
        assertThat(form.message.isVisible()).isTrue();
        assertThat(form.message.getText()).startsWith("Someone saved this tracking after you opened it.");
        assertThat(form.status.getValue()).isEqualTo(ImplementationStatus.NOT_PURSUED);
        assertThat(form.reason.getValue()).isEqualTo("No funding");
        assertThat(status()).isEqualTo("IMPLEMENTED");
        assertThat(panel.summary.getElement().getTextRecursively()).contains("Status: Implemented");

        test(form.save).click(); // having seen theirs, saving again replaces it
        assertThat(status()).isEqualTo("NOT_PURSUED");
    }

    @Test
    void aCommitteeMemberAddsDatedUpdatesListedNewestFirstAndPaged() {
        TrackingPanel panel = open("Daniel Okafor");
        assertThat(panel.form).isNull(); // not a coordinator: no tracking form
        UpdatesPanel updates = panel.updates;
        for (int day = 1; day <= 6; day++) {
            test(updates.on).setValue(LocalDate.of(2024, 3, day));
            test(updates.text).setValue("Update " + day);
            test(updates.add).click();
        }
        updates.on.setValue(LocalDate.now().plusDays(3)); // the picker offers no later day than today; typed anyway
        test(updates.text).setValue("From the future");
        test(updates.add).click();
        assertThat(updates.on.isInvalid()).isTrue();
        assertThat(updates.on.getErrorMessage()).isEqualTo("The date may not lie in the future.");

        assertThat(updates.list.itemCount()).isEqualTo(UpdatesPanel.PAGE);
        String shown = updates.list.getElement().getTextRecursively();
        assertThat(shown.indexOf("Update 6")).isLessThan(shown.indexOf("Update 5"));
        assertThat(shown).doesNotContain("Update 1").contains("Daniel Okafor");
        test($(com.vaadin.flow.component.button.Button.class).withText("Show older updates").single()).click();
        assertThat(updates.list.itemCount()).isEqualTo(6);
    }

    @Test
    void aStakeholderReadsTheTrackingWithoutForms() {
        Authorization.runAsSystem(() -> service.save(id, 0, new TrackingDraft(null, ImplementationStatus.IN_PROGRESS,
                null, Set.of())));
        String stakeholder = "Stakeholder Reading";
        Authorization.runAsSystem(() -> roles.appoint(fixtures.initiativeId("worker-equity-initiative"),
                persons.registerKnown("implementation-stakeholder", stakeholder, "reading@example.org"),
                app.convene.security.InitiativeRole.STAKEHOLDER));
        TrackingPanel panel = open(stakeholder);
        assertThat(panel.form).isNull();
        assertThat(panel.updates.add.isAttached()).isFalse();
        assertThat(panel.summary.getElement().getTextRecursively()).contains("Status: In progress");
    }

    @Test
    void visitorsSeeWhereEachPublishedRecommendationStandsUnderItsApprovedText() {
        long demo = fixtures.recommendationId("Center the needs, voices and career aspirations of workers");
        assertThat(Authorization.runAsSystem(() -> service.tracking(demo)).owner().label()).isEqualTo(LWDA);
        SignIn.out();
        navigate("initiatives/worker-equity-initiative", Component.class);
        String page = publishedArticle("Center the needs");
        assertThat(page).contains("Implementation", "Status: In progress", "Owner: " + LWDA,
                "Latest update (May 12, 2022): Draft outcome reporting");
        assertThat($(TrackingPanel.class).all()).isEmpty();
    }

    @Test
    void aCoordinatorLinksTheInitiativesIndicatorsWithThePickerAndSeesTheirFigures() {
        String jobs = indicators.name(indicators.make("worker-equity-initiative", "Jobs placed", true));
        long puget = jdbc.queryForObject("select min(d.id) from indicator d join initiative i on i.id = d.initiative_id"
                + " where i.slug = 'puget-sound-workforce-intermediary'", Long.class);
        String pugetName = jdbc.queryForObject("select name from indicator where id = ?", String.class, puget);
        TrackingPanel panel = open("Maya Thompson");
        TrackingForm form = panel.form;
        assertThat(panel.summary.getElement().getTextRecursively()).contains("No linked indicators.");
        var picker = test(form.indicators);
        picker.setFilter("");
        assertThat(picker.getSuggestions()).contains(jobs).doesNotContain(pugetName);
        picker.selectItem(jobs);
        test(form.status).selectItem("In progress");
        test(form.save).click();
        assertThat(panel.summary.getElement().getTextRecursively()).contains("Linked indicators:",
                jobs + ": latest 25 jobs (Jun 30, 2025); target 40 jobs by Dec 31, 2027 · ↑ Higher is better");

        // Another initiative's indicator, however it got into the form, is refused by its field; nothing changes.
        form.indicators.setValue(Set.of(new PickerOption(puget, pugetName)));
        test(form.save).click();
        assertThat(form.indicators.isInvalid()).isTrue();
        assertThat(form.indicators.getErrorMessage()).isEqualTo("Choose indicators of this initiative only.");
        assertThat(service.tracking(id).indicators()).extracting(i -> i.name()).containsExactly(jobs);
    }

    @Test
    void visitorsSeeOnlyThePublicIndicatorsLinkedToAPublishedRecommendation() {
        long demo = fixtures.recommendationId("Center the needs, voices and career aspirations of workers");
        long shown = indicators.make("worker-equity-initiative", "Living wage jobs", true);
        long hidden = indicators.make("worker-equity-initiative", "Internal caseload", false);
        String hiddenName = indicators.name(hidden);
        Authorization.runAsSystem(() -> {
            ImplementationTracking t = service.tracking(demo);
            return service.save(demo, t.version(), new TrackingDraft(t.owner().id(), t.status(), t.notPursuedReason(),
                    t.milestones().stream().map(PickerOption::id).collect(Collectors.toSet()), Set.of(shown, hidden)));
        });
        SignIn.out();
        navigate("initiatives/worker-equity-initiative", Component.class);
        String article = publishedArticle("Center the needs");
        assertThat(article).contains("Status: In progress", "Linked indicators:",
                indicators.name(shown) + ": latest 25 jobs (Jun 30, 2025)");
        assertThat($(com.vaadin.flow.component.html.Section.class).id("recommendations").getElement().getOuterHTML())
                .doesNotContain(hiddenName);
    }

    /**
     * The published recommendation's article on the initiative page (read-only markup since decision 70), from its
     * opening tag to its end, by a part of its title.
     */
    private String publishedArticle(String title) {
        String html = $(com.vaadin.flow.component.html.Section.class).id("recommendations").getElement().getOuterHTML();
        return java.util.Arrays.stream(html.split("<article")).filter(a -> a.contains(title))
                .map(a -> a.substring(0, a.indexOf("</article>"))).findFirst().orElseThrow();
    }
}
