package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.PersonService;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The .ics download and the feeds over HTTP, parsed by a real iCalendar library as a calendar client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "convene.test.database=convenings-calendar")
class ConveningCalendarTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PersonService persons;
    @Autowired
    Clock clock;
    @Autowired
    app.convene.shared.SiteSettings site;

    private String uid(long conveningId) {
        return "convening-" + conveningId + "@" + URI.create(site.publicUrl()).getHost();
    }

    @Test
    void aConveningDownloadsAsIcsInItsInitiativesZoneAndAHiddenOneIsNotFound() throws Exception {
        long equity = fixtures.initiativeId("equity-at-work");
        ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from initiative where id = ?", String.class, equity));
        Instant start = Instant.parse("2030-03-10T14:00:00Z"); // the day US daylight time begins
        CalendarFixture data = new CalendarFixture(jdbc);
        long open = data.convening(equity, "Re-engagement convening; all partners, welcome", start, "PUBLIC");
        data.move(open, 0);
        data.move(open, 0);
        long members = data.convening(equity, "Members' planning", start, "MEMBERS");

        HttpResponse<String> response = get("/calendar/convenings/" + open + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        VEvent event = (VEvent) calendar.getComponents("VEVENT").getFirst();
        assertThat(value(event, Property.UID)).isEqualTo(uid(open));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Re-engagement convening; all partners, welcome");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Union Hall, 12 Main St, Atlanta")
                .doesNotContain("meet.example.org");
        assertThat(response.body()).doesNotContain("secret-room");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo(zone.getId());
        assertThat(instant(event, Property.DTSTART)).isEqualTo(start);
        assertThat(instant(event, Property.DTEND)).isEqualTo(start.plus(Duration.ofMinutes(90)));

        assertThat(get("/calendar/convenings/" + members + ".ics").statusCode()).as("members only, asked by a visitor")
                .isEqualTo(404);
        assertThat(get("/calendar/convenings/999999.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicFeedHasPublicConveningsAndThePersonalFeedWhatThePersonRsvpedTo() throws Exception {
        long good = fixtures.initiativeId("good-jobs-equity-project");
        Instant start = clock.instant().plus(Duration.ofDays(40));
        CalendarFixture data = new CalendarFixture(jdbc);
        long session = data.convening(good, "Session on wage data", start, "PUBLIC");
        long cancelled = data.convening(good, "Session that was called off", start.plus(Duration.ofDays(30)), "PUBLIC");
        data.cancel(cancelled);
        data.convening(good, "Coordinators only", start, "COMMITTEE");
        long other = data.convening(good, "Session nobody here signed up for", start.plus(Duration.ofDays(60)), "PUBLIC");
        long dropped = data.convening(good, "Session Sam left", start.plus(Duration.ofDays(90)), "PUBLIC");
        long sam = fixtures.personId("Sam Chen");
        data.member(session, sam, "CONFIRMED");
        data.member(dropped, sam, "CANCELLED");

        List<VEvent> feed = events(get("/calendar/good-jobs-equity-project.ics").body());
        assertThat(feed).extracting(e -> value(e, Property.SUMMARY)).contains("Session on wage data",
                "Session that was called off", "Session nobody here signed up for").doesNotContain("Coordinators only");
        VEvent off = feed.stream().filter(e -> value(e, Property.SUMMARY).equals("Session that was called off")).findFirst()
                .orElseThrow();
        assertThat(value(off, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(feed).extracting(e -> value(e, Property.SUMMARY)).as("milestones stay in the feed")
                .anyMatch(title -> !title.startsWith("Session") && !title.equals("Coordinators only"));

        SignIn.as(new Actor(sam, "Sam Chen", false));
        String token;
        try {
            token = persons.myCalendarToken();
        } finally {
            SignIn.out();
        }
        List<VEvent> mine = events(get("/calendar/me/" + token + ".ics").body());
        assertThat(mine).extracting(e -> value(e, Property.UID)).contains(uid(session))
                .doesNotContain(uid(other), uid(dropped),
                        uid(cancelled));
        assertThat(mine).extracting(e -> value(e, Property.SUMMARY)).as("Sam's milestones stay in the feed")
                .contains("Pathway inventory across the core counties");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<VEvent> events(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    static Instant instant(VEvent event, String property) {
        DateProperty<?> date = (DateProperty<?>) event.getProperty(property).orElseThrow();
        return Instant.from((Temporal) date.getDate());
    }

}
