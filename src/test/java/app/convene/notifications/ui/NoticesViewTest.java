package app.convene.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ui.PushChannels;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 17: the notices page groups by day, pages from the database, marks one or all read, and follows pushes. */
@ConveneTest
class NoticesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    NoticeService notices;
    @Autowired
    PushChannels channels;

    long jordan;

    @BeforeEach
    void noNotices() {
        jordan = fixtures.personId("Jordan Ellis");
        jdbc.update("delete from notice where person_id = ?", jordan);
    }

    @AfterEach
    void forget() {
        SignIn.out();
        jdbc.update("delete from notice where person_id = ?", jordan);
    }

    /** A notice for Jordan that arrived {@code daysAgo} days before today (in Convene's zone), read or not. */
    private long notice(int daysAgo, int minute, String who, boolean read) {
        Instant at = LocalDate.now(clock).minusDays(daysAgo).atStartOfDay(clock.getZone()).plus(Duration.ofHours(9))
                .plusSeconds(minute * 60L).toInstant();
        return jdbc.queryForObject("""
                insert into notice (person_id, kind, text, link, created_at, read_at)
                values (?, 'JOIN_REQUESTED', ?, 'my/workgroups', ?, ?) returning id""", Long.class, jordan,
                "notice.joinRequested\u001F" + who + "\u001FYouth Transition", Timestamp.from(at),
                read ? Timestamp.from(at) : null);
    }

    private NoticesView open() {
        SignIn.as(new Actor(jordan, "Jordan Ellis", false));
        return navigate(NoticesView.ROUTE, NoticesView.class);
    }

    private String header() {
        return $(Anchor.class).id("notices-link").getText();
    }

    private List<String> texts() {
        return $view(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively()).toList();
    }

    @Test
    void noticesAreGroupedByDayAndReadAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            notice(0, i, "Today " + i, false);
        }
        notice(1, 0, "Yesterday 0", true);
        for (int i = 0; i < 21; i++) {
            notice(5, i, "Older " + i, true);
        }
        NoticesView page = open();
        assertThat(page.list.itemCount()).as("one page of 20").isEqualTo(NoticesView.PAGE_SIZE);
        assertThat(page.list.days).extracting(H2::getText)
                .containsExactly("Today", "Yesterday", dateOf(5));
        assertThat(texts().getFirst()).as("newest first").contains("Today 2 asks to join Youth Transition.");
        assertThat(page.list.more.isVisible()).isTrue();

        test(page.list.more).click();
        assertThat(page.list.itemCount()).isEqualTo(25);
        assertThat(page.list.days).as("the older day's list continues, no second heading").hasSize(3);
        assertThat(texts().getLast()).contains("Older 0 asks");
        assertThat(page.list.more.isVisible()).isFalse();
    }

    private String dateOf(int daysAgo) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH).format(LocalDate.now(clock).minusDays(daysAgo));
    }

    @Test
    void openingMarksNothingReadTheReaderMarksOneThenAll() {
        long first = notice(0, 1, "Ana", false);
        notice(0, 2, "Ben", false);
        notice(0, 3, "Cy", false);
        NoticesView page = open();
        assertThat(header()).isEqualTo("Notices (3 new)");
        assertThat(unread()).as("opening the page marks nothing read").isEqualTo(3);
        assertThat(texts()).allSatisfy(text -> assertThat(text).startsWith("Unread"));

        Button markAna = $view(Button.class).all().stream().filter(button -> button.getAriaLabel()
                .filter("Mark read: Ana asks to join Youth Transition."::equals).isPresent()).findFirst().orElseThrow();
        test(markAna).click();
        assertThat(jdbc.queryForObject("select read_at is not null from notice where id = ?", Boolean.class, first))
                .isTrue();
        assertThat(unread()).isEqualTo(2);
        assertThat(texts()).filteredOn(text -> text.contains("Ana")).singleElement()
                .satisfies(text -> assertThat(text).doesNotContain("Unread", "Mark read"));
        assertThat(page.status.getText()).isEqualTo("Marked read.");
        roundTrip(); // the page's own push: the header follows
        assertThat(header()).isEqualTo("Notices (2 new)");

        test(page.show).selectItem("Unread only");
        assertThat(texts()).hasSize(2).noneMatch(text -> text.contains("Ana"));

        test(page.markAll).click();
        assertThat(unread()).isZero();
        assertThat(texts()).isEmpty();
        assertThat(page.status.getText()).isEqualTo("All notices are marked read.");
        roundTrip();
        assertThat(header()).isEqualTo("Notices");
        test(page.show).selectItem("All notices");
        assertThat(texts()).hasSize(3).noneMatch(text -> text.contains("Unread"));
    }

    @Test
    void aNewNoticeReachesTheOpenPageAndHeaderByPushAsItsReader() {
        notice(2, 0, "Ana", true);
        NoticesView page = open();
        assertThat(header()).isEqualTo("Notices");
        assertThat(channels.listeners(NoticePush.channel(jordan))).as("the header and the page listen").isEqualTo(2);

        // Someone else's action leaves Jordan a notice; the test thread is no longer Jordan.
        SignIn.as(new Actor(fixtures.personId("Sam Chen"), "Sam Chen", false));
        Authorization.runAsSystem(() -> {
            notices.notify(Notification.of(NoticeKind.JOIN_REQUESTED, jordan, "notice.joinRequested", "Ben",
                    "Youth Transition").linkTo("my/workgroups"));
            return null;
        });
        channels.settle();
        roundTrip();
        assertThat(header()).as("counted as Jordan, not as Sam").isEqualTo("Notices (1 new)");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("notices-arrived").getText())
                .isEqualTo("A new notice arrived: 1 unread.");
        assertThat(page.list.days).extracting(H2::getText).first().isEqualTo("Today");
        assertThat(texts().getFirst()).contains("Unread", "Ben asks to join Youth Transition.");
        assertThat($(Anchor.class).withText("Ben asks to join Youth Transition.").single().getHref())
                .as("the notice links to the thing itself").isEqualTo("my/workgroups");
    }

    private int unread() {
        return jdbc.queryForObject("select count(*) from notice where person_id = ? and read_at is null", Integer.class,
                jordan);
    }
}
