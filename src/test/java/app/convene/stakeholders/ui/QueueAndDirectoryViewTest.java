package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.ui.AccessDeniedView;
import app.convene.stakeholders.DirectoryEntry;
import app.convene.stakeholders.RegistrationStatus;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.GridLinkCells;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The coordinators' queue and the members' directory on the demo content, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.keycloak.embedded=auto")
class QueueAndDirectoryViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }


    private static List<String> column(com.vaadin.flow.component.grid.GridTester<?, ?> grid, int column) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            values.add(grid.getCellText(row, column));
        }
        return values;
    }

    private int rowOf(RegistrationQueueView view, String email) {
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).email().equals(email)) {
                return row;
            }
        }
        throw new AssertionError(email + " is not in the list");
    }

    @Test
    void coordinatorReviewsAndDeclinesARegistrationWhichStaysOnRecord() {
        fixtures.signInAs("Maya Thompson");
        RegistrationQueueView view = navigate("initiatives/equity-at-work/registrations", RegistrationQueueView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Registrations");
        assertThat(column(test(view.grid), 1)).contains("brian.foster@example.org");

        test(view.grid).select(rowOf(view, "brian.foster@example.org"));
        assertThat(view.detail.getElement().getTextRecursively()).contains("Brian Foster",
                "Georgia Building Trades Apprenticeship", "Training provider");
        test(view.note).setValue("Not in the region's scope yet");
        test(view.decline).click();
        // Nothing is declined until the coordinator confirms what will happen.
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Decline the registration of Brian Foster?");
        assertThat(test(confirm).getText()).contains("told by email", "with your note", "register again");
        test(confirm).cancel();
        assertThat(column(test(view.grid), 1)).contains("brian.foster@example.org");
        test(view.decline).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(column(test(view.grid), 1)).doesNotContain("brian.foster@example.org");
        test(view.status).selectItem(view.status.getItemLabelGenerator().apply(RegistrationStatus.DECLINED));
        assertThat(column(test(view.grid), 1)).contains("brian.foster@example.org");
    }

    @Test
    void aNoteOverTheLimitIsExplainedByTheNoteAndNothingIsDecided() {
        fixtures.signInAs("Maya Thompson");
        RegistrationQueueView view = navigate("initiatives/equity-at-work/registrations", RegistrationQueueView.class);
        String email = test(view.grid).getRow(0).email();
        test(view.grid).select(0);
        view.note.setValue("x".repeat(2001));

        test(view.approve).click();

        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getErrorMessage()).isEqualTo("Keep the note under 2,000 characters.");
        assertThat(column(test(view.grid), 1)).contains(email);
    }

    @Test
    void coordinatorApprovesAndThePersonBecomesAStakeholderWithAnAccount() {
        fixtures.signInAs("Maya Thompson");
        RegistrationQueueView view = navigate("initiatives/equity-at-work/registrations", RegistrationQueueView.class);
        test(view.grid).select(rowOf(view, "aisha.robinson@example.org"));

        test(view.approve).click();

        assertThat(column(test(view.grid), 1)).doesNotContain("aisha.robinson@example.org");
        assertThat(jdbc.queryForObject("""
                select count(*) from registration r join initiative_role ir on ir.person_id = r.person_id
                where r.email_key = 'aisha.robinson@example.org' and ir.role = 'STAKEHOLDER'""", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void membersReadTheDirectoryWhichListsOnlyThoseWhoConsented() {
        fixtures.signInAs("Sam Chen");
        DirectoryView view = navigate("initiatives/equity-at-work/directory", DirectoryView.class);

        List<String> names = column(test(view.grid), 0);
        assertThat(names).contains("Denise Holloway", "Jordan Ellis").doesNotContain("Grace Kim", "Luis Ortega");
        // the organization column: a link to the organization's page drawn by the browser (decision 0083), its name
        // alone for someone without one
        int linked = 0;
        for (int row = 0; row < test(view.grid).size(); row++) {
            DirectoryEntry entry = test(view.grid).getRow(row);
            GridLinkCells.Link link = GridLinkCells.link(view.grid, 2, entry);
            assertThat(link.text()).isEqualTo(entry.organization() == null ? "" : entry.organization());
            assertThat(link.href()).isEqualTo(entry.organizationId() == null ? null
                    : "initiatives/equity-at-work/organizations/" + entry.organizationId());
            linked += entry.organizationId() == null ? 0 : 1;
        }
        assertThat(linked).as("people of an organization are listed").isPositive();

        test(view.search).setValue("holloway");
        assertThat(column(test(view.grid), 0)).containsExactly("Denise Holloway");
    }

    @Test
    void aStakeholderCannotOpenTheQueue() {
        fixtures.signInAs("Jordan Ellis");
        navigate("initiatives/equity-at-work/registrations", AccessDeniedView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
    }
}
