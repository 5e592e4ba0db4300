package app.convene.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Authorization;
import app.convene.support.Fixtures;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The feed over HTTP, parsed by a real iCalendar library as a calendar client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "convene.test.database=calendar")
class CalendarFeedTest {

    @LocalServerPort
    int port;
    @Autowired
    MilestoneService milestones;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    app.convene.security.PersonService persons;

    @Test
    void publicMilestonesParseAsAllDayEventsAndInternalOnesStayOut() throws Exception {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        String longTitle = "Recommendations, principles; and \"key action steps\" — shared with LWDA and other stakeholders in Sacramento";
        Authorization.runAsSystem(() -> {
            milestones.save(wei, null, null, new MilestoneDraft(longTitle, "Line one\nLine two, with comma", null, null,
                    null, null, LocalDate.of(2021, 12, 15), MilestoneStatus.DONE, Set.of(), true));
            milestones.save(wei, null, null, new MilestoneDraft("Internal draft review", null, null, null, null, null,
                    LocalDate.of(2021, 11, 1), MilestoneStatus.PLANNED, Set.of(), false));
            return null;
        });

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/calendar/worker-equity-initiative.ics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(response.body().lines().toList()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).contains(longTitle)
                .doesNotContain("Internal draft review");
        VEvent event = events.stream().filter(e -> e.getSummary().getValue().equals(longTitle)).findFirst().orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(longTitle);
        assertThat(event.getDescription().getValue()).isEqualTo("Line one\nLine two, with comma");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20211215");
        assertThat(event.getUid().orElseThrow().getValue()).startsWith("milestone-");
    }

    @Test
    void lineBreaksOfEveryKindAndSpecialCharactersRoundTripThroughACalendarClient() throws Exception {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        String title = "Old Mac\rCRLF\r\nUnix\nsemi; comma, backslash \\ end";
        String description = "First\rSecond\r\nThird\n\\n is not a break; ok, done";
        Authorization.runAsSystem(() -> milestones.save(wei, null, null, new MilestoneDraft(title, description, null,
                null, null, null, LocalDate.of(2022, 3, 4), MilestoneStatus.PLANNED, Set.of(), true)));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/calendar/worker-equity-initiative.ics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body().replace("\r\n", "")).as("no carriage return outside a line end")
                .doesNotContain("\r").doesNotContain("\n");
        List<VEvent> events = new CalendarBuilder().build(new StringReader(response.body())).getComponents("VEVENT");
        String expected = "Old Mac\nCRLF\nUnix\nsemi; comma, backslash \\ end"; // every break as iCalendar's \n
        VEvent event = events.stream().filter(e -> e.getSummary().getValue().equals(expected)).findFirst()
                .orElseThrow(() -> new AssertionError("no event titled " + expected + " in "
                        + events.stream().map(e -> e.getSummary().getValue()).toList()));
        assertThat(event.getDescription().getValue()).isEqualTo("First\nSecond\nThird\n\\n is not a break; ok, done");
    }

    @Test
    void aPersonsSecretFeedHoldsTheirWorkgroupsMilestonesAndAWrongSecretOpensNothing() throws Exception {
        long sam = fixtures.personId("Sam Chen");
        app.convene.support.SignIn.as(new app.convene.security.Actor(sam, "Sam Chen", false));
        String token;
        try {
            token = persons.myCalendarToken();
            assertThat(persons.myCalendarToken()).as("the same address every time").isEqualTo(token);
        } finally {
            app.convene.support.SignIn.out();
        }
        HttpResponse<String> mine = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/calendar/me/" + token + ".ics")).build(), HttpResponse.BodyHandlers.ofString());
        Calendar calendar = new CalendarBuilder().build(new StringReader(mine.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).contains("Pathway inventory across the core counties");

        HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/calendar/me/not-the-right-secret-at-all.ics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(404);
    }

    @Test
    void aNewAddressReplacesTheOldOneWhichThenOpensNothing() throws Exception {
        long sam = fixtures.personId("Sam Chen");
        app.convene.support.SignIn.as(new app.convene.security.Actor(sam, "Sam Chen", false));
        String old;
        String replacement;
        try {
            old = persons.myCalendarToken();
            replacement = persons.newCalendarToken();
            assertThat(persons.myCalendarToken()).as("the page shows the new address from now on").isEqualTo(replacement);
        } finally {
            app.convene.support.SignIn.out();
        }

        assertThat(replacement).isNotEqualTo(old);
        assertThat(feed(old).statusCode()).as("the old address").isEqualTo(404);
        HttpResponse<String> renewed = feed(replacement);
        assertThat(renewed.statusCode()).isEqualTo(200);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(renewed.body())).getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).contains("Pathway inventory across the core counties");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'person.calendarTokenReplaced' "
                + "and actor_id = ? and subject_id = ?", Integer.class, sam, String.valueOf(sam))).isEqualTo(1);
    }

    private HttpResponse<String> feed(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/calendar/me/" + token + ".ics")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCancelledMilestoneStaysInTheFeedMarkedCancelledAndADeletedOneDropsOut() throws Exception {
        long good = fixtures.initiativeId("good-jobs-equity-project");
        long[] ids = Authorization.runAsSystem(() -> new long[] {
                milestones.save(good, null, null, new MilestoneDraft("Regional convening", null, null, null, null, null,
                        LocalDate.of(2024, 5, 1), MilestoneStatus.PLANNED, Set.of(), true)).id(),
                milestones.save(good, null, null, new MilestoneDraft("Entered by mistake", null, null, null, null, null,
                        LocalDate.of(2024, 6, 1), MilestoneStatus.PLANNED, Set.of(), true)).id()});
        Authorization.runAsSystem(() -> {
            milestones.cancel(ids[0], milestones.get(ids[0]).version(), "Funding moved to the pilot sites");
            milestones.delete(ids[1], milestones.get(ids[1]).version(), false);
            return null;
        });

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/calendar/good-jobs-equity-project.ics")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<VEvent> events = new CalendarBuilder().build(new StringReader(response.body())).getComponents("VEVENT");

        assertThat(events).extracting(e -> e.getSummary().getValue()).contains("Regional convening")
                .doesNotContain("Entered by mistake");
        VEvent cancelled = events.stream().filter(e -> e.getSummary().getValue().equals("Regional convening")).findFirst()
                .orElseThrow();
        assertThat(cancelled.<net.fortuna.ical4j.model.property.Status>getProperty(net.fortuna.ical4j.model.Property.STATUS)
                .orElseThrow().getValue()).isEqualTo(net.fortuna.ical4j.model.property.Status.VALUE_CANCELLED);
    }

    @Test
    void anUnknownInitiativeHasNoFeed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/calendar/nope.ics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
