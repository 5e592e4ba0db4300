package app.convene.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Authorization;
import app.convene.support.Fixtures;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneService;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.timeline.MilestoneStatus;
import app.convene.timeline.TimelineSvg;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The timeline as visitors, leads and coordinators use it, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=timeline-view")
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MilestoneService milestones;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }


    @Test
    void theLeadMarksTheirWorkgroupsMilestoneDoneAndThePublicPageCountsIt() {
        fixtures.signInAs("Sam Chen");
        TimelineView page = navigate("initiatives/equity-at-work/timeline", TimelineView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Timeline");
        assertThat(drawn()).contains("<svg", "Pathway inventory across the core counties");

        int row = -1;
        for (int i = 0; i < test(page.table).size(); i++) {
            if (test(page.table).getRow(i).title().equals("Pathway inventory across the core counties")) {
                row = i;
            }
        }
        test(page.table).select(row);
        test(page.panel.newStatus).selectItem("Done");
        test(page.panel.progressNote).setValue("All five counties mapped");
        test($(Button.class).withId("milestone-save-status").single()).click();

        assertThat(jdbc.queryForObject("""
                select status from milestone where title = 'Pathway inventory across the core counties'""", String.class))
                .isEqualTo(MilestoneStatus.DONE.name());
        assertThat(jdbc.queryForObject("""
                select p.note from milestone_progress p join milestone m on m.id = p.milestone_id
                where m.title = 'Pathway inventory across the core counties' order by p.id desc limit 1""", String.class))
                .isEqualTo("All five counties mapped");
    }

    /**
     * Decision 82: each filter's label generator and empty choice are set before its items (each set after them made
     * the items again); what the filters offer is the same: the empty choice first, then every item under its label.
     */
    @Test
    void theFiltersOfferTheEmptyChoiceThenEveryItemUnderItsLabel() {
        fixtures.signInAs("Sam Chen");
        TimelineView page = navigate("initiatives/equity-at-work/timeline", TimelineView.class);
        List<String> groups = page.workgroup.getListDataView().getItems().map(WorkgroupSummary::name).toList();
        assertThat(groups).isNotEmpty();
        assertThat(offered(page.workgroup)).first().isEqualTo("All workgroups");
        assertThat(offered(page.workgroup)).containsExactlyElementsOf(
                Stream.concat(Stream.of("All workgroups"), groups.stream()).toList());
        assertThat(offered(page.status)).containsExactlyElementsOf(Stream.concat(
                Stream.of("All statuses"), Arrays.stream(MilestoneStatus.values())
                        .map(s -> page.getTranslation("milestone.status." + s.name()))).toList());
        assertThat(offered(page.status)).contains("Done");
        assertThat(offered(page.zoom)).containsExactlyElementsOf(Arrays.stream(TimelineSvg.Zoom.values())
                .map(z -> page.getTranslation("timeline.zoom." + z.name())).toList());
    }

    /** The texts of a select's items as the browser gets them, in order. */
    private static List<String> offered(Select<?> select) {
        List<String> texts = new ArrayList<>();
        collectItems(select.getElement(), texts);
        return texts;
    }

    private static void collectItems(Element element, List<String> texts) {
        element.getChildren().forEach(child -> {
            if (child.getTag().equals("vaadin-select-item")) {
                texts.add(child.getTextRecursively());
            } else {
                collectItems(child, texts);
            }
        });
    }

    /** Decision 77: the status change's fields are built when a milestone is first shown to someone who may update. */
    @Test
    void theStatusFieldsAreBuiltWhenAnUpdaterFirstSelectsAMilestone() {
        fixtures.signInAs("Maya Thompson");
        TimelineView page = navigate("initiatives/equity-at-work/timeline", TimelineView.class);
        assertThat(page.panel.newStatus).as("before any selection").isNull();
        assertThat($(TextArea.class).exists()).isFalse();
        test(page.table).select(rowOf(page, "Pathway inventory across the core counties"));
        assertThat(page.panel.newStatus).isNotNull();
        assertThat(page.panel.newStatus.getParent()).contains(page.panel);
        assertThat(page.panel.progressNote.getLabel()).isEqualTo("Progress note");
    }

    @Test
    void aProgressNoteOverTheLimitIsShownByTheNoteAndNothingIsSaved() {
        fixtures.signInAs("Sam Chen");
        TimelineView page = navigate("initiatives/equity-at-work/timeline", TimelineView.class);
        test(page.table).select(rowOf(page, "Pathway inventory across the core counties"));
        String before = jdbc.queryForObject("""
                select status from milestone where title = 'Pathway inventory across the core counties'""", String.class);
        test(page.panel.newStatus).selectItem("At risk");
        page.panel.progressNote.setValue("x".repeat(1001)); // past the field's limit, as a crafted request could send
        test($(Button.class).withId("milestone-save-status").single()).click();

        assertThat(page.panel.progressNote.isInvalid()).isTrue();
        assertThat(page.panel.progressNote.getErrorMessage()).isEqualTo("Keep the progress note under 1,000 characters.");
        assertThat(jdbc.queryForObject("""
                select status from milestone where title = 'Pathway inventory across the core counties'""", String.class))
                .isEqualTo(before);
    }

    @Test
    void theCoordinatorChangesAMilestoneAndIsToldOfADependencyCycle() {
        fixtures.signInAs("Maya Thompson");
        TimelineView page = navigate("initiatives/worker-equity-initiative/timeline", TimelineView.class);
        int first = -1;
        for (int i = 0; i < test(page.table).size(); i++) {
            if (test(page.table).getRow(i).title().equals("Steering committee convened")) {
                first = i;
            }
        }
        test(page.table).select(first);
        test($(Button.class).withId("milestone-edit").single()).click();
        assertThat(page.form().title.getValue()).isEqualTo("Steering committee convened");
        // The first milestone may not wait for the last one, which (through the chain) waits for it.
        page.form().dependsOn.setValue(page.form().dependsOn.getListDataView().getItems()
                .filter(m -> m.title().equals("Recommendations shared with LWDA")).collect(Collectors.toSet()));
        test(page.form().add).click();
        assertThat(page.form().message.getText())
                .isEqualTo("These dependencies would make the milestone wait for itself. Remove one of them.");
        assertThat(page.form().dependsOn.getErrorMessage()).as("shown by the field too")
                .isEqualTo("These dependencies would make the milestone wait for itself. Remove one of them.");
        assertThat(page.form().title.getValue()).as("nothing typed is lost").isEqualTo("Steering committee convened");

        page.form().dependsOn.clear();
        test(page.form().title).setValue("Steering committee convened and chartered");
        test(page.form().add).click();
        assertThat(jdbc.queryForObject("select count(*) from milestone where title = 'Steering committee convened and chartered'",
                Integer.class)).isEqualTo(1);
    }

    /** Decision 65: a coordinator's visit does not build the milestone form; asking for it does, in place. */
    @Test
    void theMilestoneFormIsBuiltWhenACoordinatorAsksForIt() {
        fixtures.signInAs("Maya Thompson");
        TimelineView page = navigate("initiatives/worker-equity-initiative/timeline", TimelineView.class);
        assertThat($(MilestoneForm.class).exists()).as("not built on a visit").isFalse();
        test($(Button.class).withId("milestone-new").single()).click();
        assertThat($(MilestoneForm.class).single()).isSameAs(page.form());
        assertThat(page.form().title.getValue()).as("a new milestone").isEmpty();
        assertThat($(Button.class).withId("milestone-new").exists()).as("the form took the button's place").isFalse();
        test(page.form().title).setValue("Listening sessions summarised");
        test(page.form().due).setValue(LocalDate.of(2027, 6, 1));
        test(page.form().add).click();
        assertThat(page.form().message.isVisible()).as(page.form().message.getText()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from milestone where title = 'Listening sessions summarised'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void visitorsSeeTheDrawingButNoControlsAndStakeholdersCannotUpdate() {
        navigate("initiatives/worker-equity-initiative/timeline", TimelineView.class);
        assertThat(drawn()).contains("Recommendations shared with LWDA");
        navigate("initiatives/good-jobs-equity-project/timeline", TimelineView.class);
        assertThat(drawn()).contains("Six monthly virtual sessions")
                .doesNotContain("Recommendations shared with LWDA");
        assertThat($(Button.class).withText("Add milestone").exists()).isFalse();
        assertThat($(Button.class).withId("milestone-new").exists()).isFalse();

        fixtures.signInAs("Jordan Ellis");
        TimelineView page = navigate("initiatives/equity-at-work/timeline", TimelineView.class);
        test(page.table).select(0);
        assertThat($(Button.class).withId("milestone-save-status").exists()).isFalse();
    }

    @Test
    void aSuccessfulSaveAfterARefusedOneLeavesNoStaleErrorAndNeitherDoesOpeningAnotherMilestone() {
        fixtures.signInAs("Maya Thompson");
        TimelineView page = navigate("initiatives/worker-equity-initiative/timeline", TimelineView.class);
        MilestoneForm form = page.form();
        // Refused: no title, a due date before the start.
        test(form.start).setValue(LocalDate.of(2021, 5, 1));
        test(form.due).setValue(LocalDate.of(2021, 4, 1));
        test(form.add).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.due.isInvalid()).isTrue();
        assertThat(form.due.getErrorMessage()).isEqualTo("The due date cannot be before the start.");

        // Corrected and saved: every field is clean again, and stays clean for the next milestone.
        test(form.title).setValue("Listening tour report");
        test(form.due).setValue(LocalDate.of(2021, 6, 1));
        test(form.add).click();
        assertThat(jdbc.queryForObject("select count(*) from milestone where title = 'Listening tour report'", Integer.class))
                .isEqualTo(1);
        assertNoFieldShowsAnError(form);

        // A refused save, then another milestone opened for editing: no error carries over.
        test(form.add).click();
        assertThat(form.title.isInvalid()).isTrue();
        int row = -1;
        for (int i = 0; i < test(page.table).size(); i++) {
            if (test(page.table).getRow(i).title().equals("Listening tour report")) {
                row = i;
            }
        }
        test(page.table).select(row);
        test($(Button.class).withId("milestone-edit").single()).click();
        assertThat(form.title.getValue()).isEqualTo("Listening tour report");
        assertNoFieldShowsAnError(form);
    }

    private int rowOf(TimelineView page, String title) {
        for (int i = 0; i < test(page.table).size(); i++) {
            if (test(page.table).getRow(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private long addToWei(String title, Set<Long> dependsOn) {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        return Authorization.runAsSystem(() -> milestones.save(wei, null, null,
                new MilestoneDraft(title, null, null, null, null, null, LocalDate.of(2021, 2, 1),
                        MilestoneStatus.PLANNED, dependsOn, true)).id());
    }

    @Test
    void aMilestoneOutsideItsPhaseIsFlaggedInTheDrawingAndTheTable() {
        TimelineView page = navigate("initiatives/equity-at-work/timeline", TimelineView.class);
        int row = rowOf(page, "Pathway inventory across the core counties");
        assertThat(test(page.table).getCellText(row, 1))
                .isEqualTo("Re-engagement and Strategic Action Plan · ⚠ outside its phase");
        assertThat(test(page.table).getCellText(rowOf(page, "Strategic Action Plan"), 1))
                .isEqualTo("Re-engagement and Strategic Action Plan");
        String svg = drawn();
        assertThat(svg).contains("tl-outside", "Pathway inventory across the core counties — ")
                .containsPattern("Pathway inventory across the core counties — [^<]*— outside its phase \\(Re-engagement");
    }

    @Test
    void theCoordinatorCancelsWithAReasonAfterConfirmingAndReopensIt() {
        long id = addToWei("Pilot survey of members", Set.of());
        fixtures.signInAs("Maya Thompson");
        TimelineView page = navigate("initiatives/worker-equity-initiative/timeline", TimelineView.class);
        test(page.table).select(rowOf(page, "Pilot survey of members"));
        test($(Button.class).withId("milestone-cancel").single()).click();
        assertThat(test(page.panel.confirm).getHeader()).isEqualTo("Cancel \"Pilot survey of members\"?");

        test(page.panel.confirm).confirm();
        assertThat(page.panel.confirm.isOpened()).as("asked again").isTrue();
        assertThat(page.panel.cancelReason.isInvalid()).as("a reason is needed").isTrue();
        assertThat(page.panel.cancelReason.getErrorMessage()).isEqualTo("Say why the milestone is cancelled.");
        assertThat(jdbc.queryForObject("select status from milestone where id = ?", String.class, id)).isEqualTo("PLANNED");

        test(page.panel.cancelReason).setValue("Members answered in the spring assembly instead");
        test(page.panel.confirm).confirm();
        assertThat(jdbc.queryForObject("select status from milestone where id = ?", String.class, id)).isEqualTo("CANCELLED");
        int row = rowOf(page, "Pilot survey of members");
        assertThat(test(page.table).getCellText(row, 5)).isEqualTo("Cancelled");
        assertThat(page.table.getPartNameGenerator().apply(test(page.table).getRow(row))).isEqualTo("cv-cancelled");
        assertThat(drawn()).contains("tl-cancelled", "line-through");

        test(page.table).select(row);
        assertThat($(Button.class).withId("milestone-cancel").exists()).isFalse();
        Button reopen = $(Button.class).withId("milestone-save-status").single();
        assertThat(reopen.getText()).isEqualTo("Reopen with this status");
        test(page.panel.newStatus).selectItem("In progress");
        test(reopen).click();
        assertThat(jdbc.queryForObject("select status from milestone where id = ?", String.class, id)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theCoordinatorDeletesAMilestoneAfterBeingToldWhichOnesDependOnIt() {
        long base = addToWei("Member list cleaned", Set.of());
        long follow = addToWei("Member mailing sent", Set.of(base));
        fixtures.signInAs("Maya Thompson");
        TimelineView page = navigate("initiatives/worker-equity-initiative/timeline", TimelineView.class);
        test(page.table).select(rowOf(page, "Member list cleaned"));
        test($(Button.class).withId("milestone-delete").single()).click();
        assertThat(test(page.panel.confirm).getHeader()).isEqualTo("Delete \"Member list cleaned\"?");
        assertThat(page.panel.confirm.getElement().getChildren().map(e -> e.getTextRecursively())
                .collect(Collectors.joining(" "))).contains("Member mailing sent");

        test(page.panel.confirm).cancel();
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, base)).isEqualTo(1);

        test($(Button.class).withId("milestone-delete").single()).click();
        test(page.panel.confirm).confirm();
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, base)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from milestone_dependency where milestone_id = ?", Integer.class, follow))
                .isZero();
        assertThat(test(page.table).size()).isPositive();
        assertThat(IntStream.range(0, test(page.table).size()).mapToObj(i -> test(page.table).getRow(i).title()))
                .doesNotContain("Member list cleaned").contains("Member mailing sent");
    }

    @Test
    void aLeadMayCancelTheirWorkgroupsMilestoneButNotDeleteIt() {
        fixtures.signInAs("Sam Chen");
        TimelineView page = navigate("initiatives/equity-at-work/timeline", TimelineView.class);
        test(page.table).select(rowOf(page, "Pathway inventory across the core counties"));
        assertThat($(Button.class).withId("milestone-cancel").exists()).isTrue();
        assertThat($(Button.class).withId("milestone-delete").exists()).isFalse();
    }

    private static void assertNoFieldShowsAnError(MilestoneForm form) {
        for (HasValidation field : List.<HasValidation>of(
                form.title, form.description, form.phase, form.owner, form.ownerPerson, form.start, form.due, form.state,
                form.dependsOn)) {
            assertThat(field.isInvalid()).as(field + " invalid").isFalse();
            assertThat(field.getErrorMessage()).as(field + " error message").isNullOrEmpty();
        }
        assertThat(form.message.isVisible()).isFalse();
    }

    /** The drawing's markup (decision 78: the region's content, written as it is). */
    private String drawn() {
        return $(TimelineView.class).single().drawing.getElement().getProperty("innerHTML", "");
    }
}
