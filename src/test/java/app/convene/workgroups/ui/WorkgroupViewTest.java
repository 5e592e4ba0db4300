package app.convene.workgroups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A stakeholder asks to join Youth Transition, its lead approves, and the new member reads the notes. */
@ConveneTest
class WorkgroupViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }


    private long youthTransition() {
        return fixtures.workgroupId("equity-at-work", "Youth Transition");
    }

    @Test
    void requestApproveAndTheNewMemberSeesTheNotes() {
        long id = youthTransition();
        fixtures.signInAs("Casey Morgan");
        WorkgroupView page = navigate("workgroups/" + id, WorkgroupView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Youth Transition");
        assertThat($(TabSheet.class).exists()).as("no member tabs before joining").isFalse();
        test(page.join.reason).setValue("I mentor students in Fulton County");
        test(page.join.askToJoin).click();

        fixtures.signInAs("Sam Chen");
        WorkgroupView lead = navigate("workgroups/" + id, WorkgroupView.class);
        test(lead.tabs).select("Join requests");
        roundTrip(); // the tab sheet attaches the chosen tab's content on the next round trip
        assertThat(lead.requestsPanel.list.itemCount()).isEqualTo(1);
        assertThat($(H2.class, lead.requestsPanel).single().getText()).isEqualTo("Casey Morgan");
        // Each request carries its own buttons, named with the person: nothing to select first.
        Button approve = $(Button.class, lead.requestsPanel).all().stream()
                .filter(b -> "Approve Casey Morgan".equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
        assertThat($(Button.class, lead.requestsPanel).all()).extracting(b -> b.getElement().getAttribute("aria-label"))
                .contains("Decline Casey Morgan");
        test($(TextArea.class, lead.requestsPanel).single()).setValue("Welcome aboard");
        test(approve).click();
        assertThat(lead.requestsPanel.list.itemCount()).isZero();
        assertThat(jdbc.queryForObject("""
                select decision_note from join_request where workgroup_id = ? order by id desc limit 1""",
                String.class, id)).isEqualTo("Welcome aboard");

        fixtures.signInAs("Casey Morgan");
        WorkgroupView member = navigate("workgroups/" + id, WorkgroupView.class);
        assertThat($(TabSheet.class).exists()).isTrue();
        test(member.tabs).select("Notes");
        roundTrip();
        assertThat($(H2.class).all()).extracting(H2::getText).contains("First meeting",
                "Draft the pathway inventory template");
    }

    @Test
    void askingToJoinWithoutARoleInTheInitiativePointsToJoiningItFirst() {
        fixtures.signInAs("Priya Nair");
        navigate("workgroups/" + youthTransition(), WorkgroupView.class);
        assertThat($(Paragraph.class)
                .withText("To join a workgroup, first join the initiative.").exists()).isTrue();
        assertThat($(TabSheet.class).exists()).isFalse();
    }

    @Test
    void aLeadsEmptyNoteIsExplainedByTheFields() {
        fixtures.signInAs("Sam Chen");
        WorkgroupView lead = navigate("workgroups/" + youthTransition(), WorkgroupView.class);
        test(lead.tabs).select("Notes");
        roundTrip();
        test(lead.notesPanel.editor.kind).selectItem("Action item");
        test(lead.notesPanel.editor.add).click();
        assertThat(lead.notesPanel.editor.title.isInvalid()).isTrue();
        assertThat(lead.notesPanel.editor.title.getErrorMessage()).isEqualTo("Give the note a title (up to 200 characters).");
        assertThat(lead.notesPanel.editor.actionOwner.isInvalid()).isTrue();
    }

    @Test
    void theCoordinatorsSettingsTabSavesTheWorkgroupNotAProfile() {
        fixtures.signInAs("Maya Thompson");
        WorkgroupView page = navigate("workgroups/" + youthTransition(), WorkgroupView.class);
        test(page.tabs).select("Settings");
        roundTrip();
        assertThat($(Button.class).all()).extracting(Button::getText)
                .contains("Save workgroup settings").doesNotContain("Save my profile");
    }

    @Test
    void aReasonOverTheLimitIsExplainedByTheFieldAndNothingIsAsked() {
        fixtures.signInAs("Jordan Ellis"); // a stakeholder of the initiative, not in the workgroup
        WorkgroupView page = navigate("workgroups/" + youthTransition(), WorkgroupView.class);
        test(page.join.reason).setValue("x".repeat(1001));
        test(page.join.askToJoin).click();
        assertThat(page.join.reason.isInvalid()).isTrue();
        assertThat(page.join.reason.getErrorMessage()).isEqualTo("Keep the reason under 1,000 characters.");
        assertThat(jdbc.queryForObject("""
                select count(*) from join_request r join person p on p.id = r.person_id
                where r.workgroup_id = ? and p.display_name = 'Jordan Ellis' and r.status = 'PENDING'""",
                Integer.class, youthTransition())).isZero();
    }

    @Test
    void theSettingsExplainACapacityBelowOneByTheFieldAndSaveNothing() {
        fixtures.signInAs("Maya Thompson");
        WorkgroupView page = navigate("workgroups/" + youthTransition(), WorkgroupView.class);
        test(page.tabs).select("Settings");
        roundTrip();
        SettingsPanel settings = $(SettingsPanel.class).single();
        settings.capacity.setValue(0); // the tester refuses values under the minimum; a browser lets one type them
        test($(Button.class, settings).withText("Save workgroup settings").single()).click();
        assertThat(settings.capacity.isInvalid()).isTrue();
        assertThat(settings.capacity.getErrorMessage()).isEqualTo("The capacity must be at least 1, or empty.");
        assertThat(jdbc.queryForObject("select capacity from workgroup where id = ?", Integer.class, youthTransition()))
                .isNull();
    }
}
