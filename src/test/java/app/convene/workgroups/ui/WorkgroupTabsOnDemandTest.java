package app.convene.workgroups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Decision 0076: a workgroup's tabs other than the charter are built, and read their data, when first chosen; a
 * change made in a tab draws the page again on that tab.
 */
@ConveneTest
class WorkgroupTabsOnDemandTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private WorkgroupView youthTransitionAs(String person) {
        fixtures.signInAs(person);
        return navigate("workgroups/" + fixtures.workgroupId("equity-at-work", "Youth Transition"), WorkgroupView.class);
    }

    @Test
    void aCoordinatorsPageBuildsOnlyTheCharterUntilAnotherTabIsChosen() {
        WorkgroupView page = youthTransitionAs("Maya Thompson");
        assertThat($(Tab.class, page.tabs).all()).extracting(Tab::getLabel)
                .as("the coordinator has every tab").containsExactly("Charter", "Notes", "Members", "Join requests", "Recent changes", "Balance",
                        "Settings");
        assertThat(page.tabs.getSelectedTab().getLabel()).isEqualTo("Charter");
        assertThat(new Object[] {page.notesPanel, page.membersPanel, page.requestsPanel}).containsOnlyNulls();
        assertThat(unbuilt(page)).as("the tabs whose content is still an empty box")
                .containsExactly("Notes", "Members", "Join requests", "Recent changes", "Balance", "Settings");

        test(page.tabs).select("Members");
        roundTrip();
        assertThat(page.membersPanel).isNotNull();
        assertThat($(MembersPanel.class).exists()).isTrue();
        assertThat(page.notesPanel).as("the notes stay unbuilt").isNull();
        assertThat(unbuilt(page)).containsExactly("Notes", "Join requests", "Recent changes", "Balance", "Settings");
    }

    /** The labels of the tabs whose box has no content yet (the sheet shows only the chosen tab's box). */
    private java.util.List<String> unbuilt(WorkgroupView page) {
        return $(Tab.class, page.tabs).all().stream()
                .filter(tab -> page.tabs.getComponent(tab).getChildren().findAny().isEmpty())
                .map(Tab::getLabel).toList();
    }

    @Test
    void savingTheSettingsDrawsThePageAgainOnTheSettingsTab() {
        WorkgroupView page = youthTransitionAs("Maya Thompson");
        test(page.tabs).select("Settings");
        roundTrip();
        SettingsPanel before = $(SettingsPanel.class).single();
        test($(Button.class, before).withText("Save workgroup settings").single()).click();
        roundTrip();
        assertThat(page.tabs.getSelectedTab().getLabel()).as("the tab the coordinator was on").isEqualTo("Settings");
        assertThat($(SettingsPanel.class).single()).as("drawn again as saved").isNotSameAs(before);
        assertThat(page.notesPanel).isNull();
    }
}
