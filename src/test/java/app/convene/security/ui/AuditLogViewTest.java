package app.convene.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.AuditChoice;
import app.convene.security.AuditEntry;
import app.convene.shared.ui.AccessDeniedView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 17: the audit log page's filters narrow the list, and the address carries them (a bookmark opens them). */
@ConveneTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long line(String at, long actor, String action, long initiative) {
        return jdbc.queryForObject("""
                insert into audit_event (occurred_at, actor_id, actor_label, action, subject_type, subject_id,
                    initiative_id, after_state)
                values (?, ?, 'Someone', ?, 'convening', '3', ?, 'RSVP MEMBER') returning id""", Long.class,
                Timestamp.from(Instant.parse(at)), actor, action, initiative);
    }

    /** The page at its address with this query (the browserless navigate takes no query, the UI's does). */
    private AuditLogView open(String query) {
        UI.getCurrent().navigate(AuditLogView.ROUTE, QueryParameters.fromString(query));
        return (AuditLogView) getCurrentView();
    }

    static List<Long> shown(AuditLogView view) {
        return view.grid.getLazyDataView().getItems().map(AuditEntry::id).toList();
    }

    @Test
    void aBookmarkedAddressOpensItsFiltersAndChangingThemNarrowsTheListAndTheAddress() {
        long initiative = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000) * 10 + 7;
        long maya = fixtures.personId("Maya Thompson");
        long jordan = fixtures.personId("Jordan Ellis");
        long first = line("1986-06-01T12:00:00Z", maya, "convening.created", initiative);
        long second = line("1986-06-02T12:00:00Z", jordan, "convening.updated", initiative);
        long third = line("1986-06-03T12:00:00Z", maya, "convening.updated", initiative);
        line("1986-06-03T12:00:00Z", maya, "convening.updated", initiative + 1);
        SignIn.as(new app.convene.security.Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));

        AuditLogView view = open("initiative=" + initiative + "&action=convening.updated");

        assertThat(view.filters.initiative.getValue()).isEqualTo(new AuditChoice(initiative, "#" + initiative));
        assertThat(view.filters.action.getValue()).isEqualTo("convening.updated");
        assertThat(view.filters.action.getItemLabelGenerator().apply("convening.updated")).doesNotContain("convening.");
        assertThat(shown(view)).containsExactly(third, second);

        view.filters.person.setValue(new AuditChoice(maya, "Maya Thompson"));
        assertThat(shown(view)).containsExactly(third);
        assertThat(view.location().getQueryParameters().getParameters())
                .containsEntry("initiative", List.of(String.valueOf(initiative)))
                .containsEntry("person", List.of(String.valueOf(maya)))
                .containsEntry("action", List.of("convening.updated"));

        view.filters.action.clear();
        view.filters.person.clear();
        view.filters.from.setValue(LocalDate.of(1986, 6, 1));
        view.filters.to.setValue(LocalDate.of(1986, 6, 2));
        assertThat(shown(view)).containsExactly(second, first);
        assertThat(view.location().getQueryParameters().getQueryString()).contains("from=1986-06-01", "to=1986-06-02")
                .doesNotContain("action=", "person=");

        AuditLogView again = open(view.location().getQueryParameters().getQueryString());
        assertThat(again.filters.from.getValue()).isEqualTo(LocalDate.of(1986, 6, 1));
        assertThat(shown(again)).containsExactly(second, first);
        assertThat(again.export.getHref()).as("the CSV download is offered").isNotBlank();
    }

    @Test
    void aCoordinatorIsRefused() {
        fixtures.signInAs("Maya Thompson");
        UI.getCurrent().navigate(AuditLogView.ROUTE, QueryParameters.fromString("initiative=1"));
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
