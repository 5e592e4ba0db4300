package app.convene.convenings.ui;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.convenings.Accommodation;
import app.convene.convenings.ConveningService;
import app.convene.convenings.RsvpService;
import app.convene.security.Actor;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.NotFoundView;
import app.convene.shared.ui.RequestMemo;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.GridLinkCells;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15's RSVP pages without a browser: who may see a convening, the editor's messages by the field, the
 * organizers' roll-up (refused to a member), "My convenings" and its header entry, an archived initiative's page.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings-story")
class RsvpPagesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RsvpService rsvps;
    @Autowired
    ConveningService convenings;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long convening(String visibility, Integer capacity) {
        Instant start = Instant.now().plus(15, ChronoUnit.DAYS);
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, online_link, capacity,
                                       visibility)
                values (?, 'SESSION', ?, ?, ?, 'ONLINE', 'https://meet.example.org/pages', ?, ?) returning id""",
                Long.class, fixtures.initiativeId("equity-at-work"), "Pages session " + UUID.randomUUID(),
                Timestamp.from(start), Timestamp.from(start.plus(2, ChronoUnit.HOURS)), capacity, visibility);
    }

    Actor actor(String name) {
        return new Actor(fixtures.personId(name), name, false);
    }

    @Test
    void aMembersOnlyConveningIsNotFoundForAVisitorAndAnOutsiderButShownToAMember() {
        long members = convening("MEMBERS", null);
        navigate("convenings/" + members, NotFoundView.class);
        fixtures.signInAs("Priya Nair");
        navigate("convenings/" + members, NotFoundView.class);
        fixtures.signInAs("Jordan Ellis");
        navigate("convenings/" + members, ConveningView.class);
        assertThat($(H1.class).single().getText()).startsWith("Pages session");
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("rsvp-button").single().isVisible()).isTrue();
    }

    @Test
    void theEditorShowsABadDeadlineByItsFieldAndKeepsWhatWasTyped() {
        fixtures.signInAs("Maya Thompson");
        ConveningsView page = navigate("initiatives/equity-at-work/convenings", ConveningsView.class);
        test($(com.vaadin.flow.component.button.Button.class).withId("convening-new").single()).click();
        ConveningForm form = page.form;
        String title = "Deadline check " + UUID.randomUUID();
        test(form.title).setValue(title);
        form.date.setValue(LocalDate.of(2031, 6, 10));
        form.startTime.setValue(LocalTime.of(10, 0));
        form.endTime.setValue(LocalTime.of(12, 0));
        form.capacity.setValue(40);
        form.deadlineDate.setValue(LocalDate.of(2031, 6, 11));
        test(form.save).click();

        assertThat(form.deadlineDate.isInvalid()).isTrue();
        assertThat(form.deadlineDate.getErrorMessage()).isEqualTo("The RSVP deadline cannot be after the start.");
        assertThat(form.isVisible()).as("the form stays open").isTrue();
        assertThat(form.title.getValue()).isEqualTo(title);
        assertThat(form.capacity.getValue()).isEqualTo(40);
        assertThat(form.endTime.getValue()).isEqualTo(LocalTime.of(12, 0));
        assertThat(jdbc.queryForObject("select count(*) from convening where title = ?", Integer.class, title)).isZero();
    }

    @Test
    void theEditorRefusesACapacityBelowTheConfirmedByItsField() {
        long id = convening("PUBLIC", 5);
        SignIn.as(actor("Jordan Ellis"));
        rsvps.rsvp(id, false, Map.of());
        SignIn.as(actor("Sam Chen"));
        rsvps.rsvp(id, false, Map.of());
        fixtures.signInAs("Maya Thompson");
        ConveningsView page = navigate("initiatives/equity-at-work/convenings", ConveningsView.class);
        page.form.open(convenings.get(id));
        page.form.capacity.setValue(1);
        test(page.form.save).click();
        assertThat(page.form.capacity.isInvalid()).isTrue();
        assertThat(page.form.capacity.getErrorMessage())
                .isEqualTo("2 people are already confirmed: the capacity cannot be lower.");
        assertThat(page.form.capacity.getValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select capacity from convening where id = ?", Integer.class, id)).isEqualTo(5);
    }

    @Test
    void theOrganizerSeesTheRollUpAndAMemberIsRefused() {
        long id = convening("PUBLIC", 1);
        SignIn.as(actor("Jordan Ellis"));
        rsvps.rsvp(id, false, Map.of(Accommodation.INTERPRETATION, "Spanish", Accommodation.WHEELCHAIR, ""));
        SignIn.as(actor("Sam Chen"));
        rsvps.rsvp(id, false, Map.of(Accommodation.INTERPRETATION, "Vietnamese"));

        fixtures.signInAs("Maya Thompson");
        OrganizeConveningView page = navigate("convenings/" + id + "/organize", OrganizeConveningView.class);
        assertThat($(ListItem.class).all().stream().map(ListItem::getText))
                .contains("Interpretation: 2", "Wheelchair access: 1");
        var grid = test(page.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Jordan Ellis");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Confirmed");
        assertThat(grid.getCellText(0, 5)).as("needs in the reader's words")
                .isEqualTo("Interpretation: Spanish; Wheelchair access");
        assertThat(grid.getCellText(1, 0)).isEqualTo("Sam Chen");
        assertThat(grid.getCellText(1, 3)).isEqualTo("On the waitlist");
        assertThat(grid.getCellText(1, 4)).isEqualTo("1");

        fixtures.signInAs("Jordan Ellis");
        navigate("convenings/" + id + "/organize", NotFoundView.class);
        navigate("convenings/" + id, ConveningView.class);
        assertThat($(Anchor.class).withId("rsvp-organize-link").exists()).isFalse();
    }

    @Test
    void myConveningsListsWhatThePersonRsvpdToAndTheHeaderLinksThere() {
        long id = convening("PUBLIC", 10);
        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        navigate("initiatives/equity-at-work", com.vaadin.flow.component.html.Div.class);
        assertThat($(Anchor.class).withId("my-convenings-link").exists()).as("not for visitors").isFalse();

        fixtures.signInAs("Jordan Ellis");
        rsvps.rsvp(id, false, Map.of());
        navigate("convenings/" + id, ConveningView.class);
        Anchor entry = $(Anchor.class).withId("my-convenings-link").single();
        assertThat(entry.getText()).isEqualTo("My convenings");
        assertThat(entry.getHref()).isEqualTo("my/convenings");

        MyConveningsView mine = navigate("my/convenings", MyConveningsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("My convenings");
        var grid = test(mine.grid);
        boolean found = false;
        for (int row = 0; row < grid.size(); row++) {
            GridLinkCells.Link link = GridLinkCells.link(mine.grid, 1, grid.getRow(row));
            if (link.text().equals(title)) {
                assertThat(link.href()).isEqualTo("convenings/" + id);
                assertThat(grid.getCellText(row, 2)).isEqualTo("Confirmed");
                found = true;
            }
        }
        assertThat(found).as("the RSVP'd convening is listed").isTrue();
    }

    @Test
    void aVisitorsGuestFormInSpanishKeepsTheLanguageAndTheConfirmationIsInSpanishOnly() throws Exception {
        long id = convening("PUBLIC", 10);
        VaadinSession.getCurrent().setLocale(ConveneI18NProvider.SPANISH);
        UI.getCurrent().setLocale(ConveneI18NProvider.SPANISH);
        navigate("convenings/" + id, ConveningView.class);
        String email = "pagina-" + UUID.randomUUID() + "@example.org";
        test($(TextField.class).withId("rsvp-guest-name").single()).setValue("Lucía Página");
        test($(EmailField.class).withId("rsvp-guest-email").single()).setValue(email);
        test($(Button.class).withId("rsvp-guest-send").single()).click();

        assertThat($(Paragraph.class).withId("rsvp-guest-sent").single().getText()).contains(email);
        assertThat(jdbc.queryForObject("select guest_language from rsvp where guest_email = ?", String.class, email))
                .as("the language of the page the form was on").isEqualTo("es");
        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        assertThat(Mailbox.to(email)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Confirme su asistencia a " + title);
            assertThat(Mailbox.body(mail)).startsWith("Hola Lucía Página:").doesNotContain("Hello", "To confirm");
        });
    }

    @Test
    void anArchivedInitiativesConveningSaysItTakesNoRsvpsInsteadOfTheForm() {
        long id = convening("PUBLIC", 10);
        long equity = fixtures.initiativeId("equity-at-work");
        jdbc.update("update initiative set status = 'ARCHIVED' where id = ?", equity);
        newRequest(); // archived behind the back of what the test's one request keeps (RequestMemo, decision 56)
        try {
            navigate("convenings/" + id, ConveningView.class);
            assertThat($(TextField.class).withId("rsvp-guest-name").exists()).isFalse();
            assertThat($(Paragraph.class).withId("rsvp-archived").single().getText())
                    .isEqualTo("This initiative is archived: it takes no RSVPs.");
        } finally {
            jdbc.update("update initiative set status = 'PUBLISHED' where id = ?", equity);
            newRequest();
        }
    }

}
