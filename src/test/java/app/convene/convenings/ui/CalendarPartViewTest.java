package app.convene.convenings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The calendar part of a convening's page: the .ics link for whoever may see the convening, nothing otherwise. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings-invitations")
class CalendarPartViewTest extends SpringBrowserlessTest {

    @Autowired
    CalendarPart part;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aVisitorGetsTheLinkToAPublicConveningsFileAndNothingForAMembersOne() {
        long open = convening("PUBLIC");
        long members = convening("MEMBERS");

        Optional<Component> shown = part.create(open);

        assertThat(part.order()).isEqualTo(ConveningPart.CALENDAR);
        Anchor link = (Anchor) shown.orElseThrow().getChildren().filter(c -> c instanceof Anchor).findFirst().orElseThrow();
        assertThat(link.getId()).contains("convening-calendar-download");
        assertThat(link.getHref()).isEqualTo("/calendar/convenings/" + open + ".ics");
        assertThat(link.getText()).isEqualTo("Add to my calendar (.ics)");
        assertThat(part.create(members)).as("a visitor may not see a members' convening").isEmpty();
    }

    private long convening(String visibility) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'OTHER', 'Part convening', now() + interval '3 days', now() + interval '4 days', 'ONLINE', ?)
                returning id""", Long.class, fixtures.initiativeId("equity-at-work"), visibility);
    }
}
