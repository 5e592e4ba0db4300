package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.InitiativeRole;
import app.convene.shared.ui.AccessDeniedView;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14: a coordinator edits the partners of a new initiative, without a browser. */
@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
@org.springframework.test.context.TestPropertySource(properties = "convene.test.database=partners-view")
class PartnersViewTest extends SpringBrowserlessTest {

    @Autowired
    SmallInitiatives small;
    @Autowired
    JdbcTemplate jdbc;

    long initiative;
    String slug;

    @BeforeEach
    void coordinatorOfANewInitiative() {
        initiative = small.initiative();
        slug = jdbc.queryForObject("select slug from initiative where id = ?", String.class, initiative);
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Partners Coordinator"));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private PartnersView open() {
        return navigate("initiatives/" + slug + "/partners", PartnersView.class);
    }

    private List<String> listed() {
        return $(Span.class).withClassName("cv-partner-name").all().stream().map(Span::getText).toList();
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from initiative_partner where initiative_id = ?", Integer.class,
                initiative);
    }

    @Test
    void anOrganizationFromTheDirectoryIsAddedWithItsRoleAndDates() {
        PartnersView view = open();
        assertThat($(H1.class).single().getText()).isEqualTo("Partners");
        assertThat($(H2.class).id("partners-current-heading").getText()).isEqualTo("No partners yet");

        test(view.form.organization).selectItem("CareerRise");
        test(view.form.role).selectItem("Funder");
        test(view.form.since).setValue(LocalDate.of(2024, 1, 1));
        test(view.form.until).setValue(LocalDate.of(2026, 12, 31));
        test(view.form.add).click();

        assertThat(listed()).containsExactly("CareerRise");
        assertThat($(H2.class).id("partners-current-heading").getText()).isEqualTo("1 partner");
        assertThat(jdbc.queryForMap("""
                select p.role, p.since_date, p.until_date from initiative_partner p where p.initiative_id = ?""",
                initiative)).containsEntry("role", "FUNDER")
                .containsEntry("since_date", java.sql.Date.valueOf("2024-01-01"))
                .containsEntry("until_date", java.sql.Date.valueOf("2026-12-31"));
        assertThat(view.form.organization.getValue()).as("the form is ready for the next partner").isNull();
    }

    @Test
    void aNewOfficeOfAnOrganizationInTheDirectoryIsCreatedAndAdded() {
        PartnersView view = open();

        test(view.form.source).selectItem("A new organization");
        assertThat(view.form.organization.isVisible()).isFalse();
        test(view.form.name).setValue("Office of Workforce Development " + slug);
        test(view.form.type).selectItem("Government");
        test(view.form.sector).selectItem("Government");
        test(view.form.parent).selectItem("City of Atlanta (GA)");
        test(view.form.role).selectItem("Steering committee organization");
        test(view.form.add).click();

        assertThat(listed()).containsExactly("City of Atlanta (GA) — Office of Workforce Development " + slug);
        assertThat(jdbc.queryForObject("""
                select o.county from organization o join organization parent on parent.id = o.parent_id
                where o.name = ? and parent.name = 'City of Atlanta (GA)'""", String.class,
                "Office of Workforce Development " + slug)).isNull();
    }

    @Test
    void missingChoicesAndAnEndBeforeTheStartAreShownByTheirFieldsAndNothingTypedIsLost() {
        PartnersView view = open();

        test(view.form.add).click();

        assertThat(view.form.organization.isInvalid()).isTrue();
        assertThat(view.form.organization.getErrorMessage())
                .isEqualTo("Choose an organization from the directory, or add a new one.");
        assertThat(view.form.role.getErrorMessage()).isEqualTo("Choose the organization's role.");

        test(view.form.source).selectItem("A new organization");
        test(view.form.name).setValue("Short Lived " + slug);
        test(view.form.type).selectItem("Nonprofit");
        test(view.form.role).selectItem("Other partner");
        test(view.form.since).setValue(LocalDate.of(2025, 6, 1));
        test(view.form.until).setValue(LocalDate.of(2025, 5, 31));
        test(view.form.add).click();

        assertThat(view.form.until.isInvalid()).isTrue();
        assertThat(view.form.until.getErrorMessage()).isEqualTo("The end cannot be before the start.");
        assertThat(view.form.role.isInvalid()).isFalse();
        assertThat(view.form.name.getValue()).isEqualTo("Short Lived " + slug);
        assertThat(view.form.since.getValue()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(stored()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from organization where name = ?", Integer.class,
                "Short Lived " + slug)).as("no organization is made for a refused partner").isZero();
    }

    @Test
    void aPartnerIsRemovedOnlyOnceConfirmed() {
        PartnersView view = open();
        test(view.form.organization).selectItem("CareerRise");
        test(view.form.role).selectItem("Cohort member");
        test(view.form.add).click();
        long partnership = jdbc.queryForObject("select id from initiative_partner where initiative_id = ?", Long.class,
                initiative);

        test($(Button.class).id("partner-remove-" + partnership)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).isEqualTo(
                "CareerRise will no longer be listed as Cohort member. The organization stays in the directory.");
        test($(Button.class).id("partner-remove-cancel")).click();
        assertThat(stored()).isOne();

        test($(Button.class).id("partner-remove-" + partnership)).click();
        test($(Button.class).id("partner-remove-confirm")).click();

        assertThat(stored()).isZero();
        assertThat(listed()).isEmpty();
    }

    @Test
    void theCountyGroupingIsSetOnTheEditor() {
        PartnersView view = open();
        assertThat(view.byCounty.getValue()).isFalse();

        test(view.byCounty).click();

        assertThat(jdbc.queryForObject("select partners_by_county from stakeholder_settings where initiative_id = ?",
                Boolean.class, initiative)).isTrue();
        assertThat(open().byCounty.getValue()).isTrue();
    }

    @Test
    void aStakeholderIsToldThePageIsNotForThem() {
        SignIn.as(small.withRole(initiative, InitiativeRole.STAKEHOLDER, "Partners Stakeholder"));

        navigate("initiatives/" + slug + "/partners", AccessDeniedView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
    }
}
