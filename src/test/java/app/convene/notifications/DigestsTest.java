package app.convene.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ConveneClock;
import app.convene.shared.SiteSettings;
import app.convene.support.ConveneTest;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Daily and weekly digests on the real database, mailed to GreenMail, with "now" moved by the test
 * ({@link ConveneClock#replaying}): grouping, nothing when nothing waits, once per day or week, the reader's
 * language, two runs at once.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.demo.enabled=false", "convene.digest.zone=Europe/Madrid",
        "convene.digest.hour=7", "convene.digest.weekly-day=MONDAY", "convene.digest.page-size=3"})
class DigestsTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** People who read Spanish (a stand-in for the profile's language until it is stored: part B of issue 17). */

    @DynamicPropertySource
    static void mailToGreenMail(DynamicPropertyRegistry properties) {
        Mailbox.sendHere(properties);
    }

    @Autowired
    Digests digests;
    @Autowired
    NoticeService notices;
    @Autowired
    SiteSettings site;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A moment as a wall-clock time in Madrid (the digests' zone here); 2026-03-02 is a Monday. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long person(String name) {
        return jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, ?, ?, false, now()) returning id""",
                Long.class, UUID.randomUUID().toString(), name, email(name));
    }

    static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@digest.test";
    }

    long initiative(String name) {
        return jdbc.queryForObject("insert into initiative (slug, name, region) values (?, ?, 'Region') returning id",
                Long.class, unique("digest").toLowerCase(Locale.ROOT), name);
    }

    void notify(String when, Notification notification) {
        ConveneClock.replaying(at(when), () -> Authorization.runAsSystem(() -> {
            notices.notify(notification);
            return null;
        }));
    }

    int send(String when, Delivery frequency) {
        return ConveneClock.replaying(at(when), () -> Authorization.runAsSystem(() -> digests.send(frequency)));
    }

    static Notification joinRequest(long person, Long initiative, String who, String workgroup, String link) {
        return Notification.of(NoticeKind.COMMENT, person, "notice.joinRequested", who, workgroup).in(initiative)
                .linkTo(link);
    }

    static List<String> bodies(String name) {
        return Mailbox.to(email(name)).stream().map(Mailbox::body).toList();
    }

    /** The digests among the mails to the person (the notices mailed at once left out). */
    static List<MimeMessage> digestsTo(String name) {
        return Mailbox.to(email(name)).stream().filter(m -> subject(m).contains("digest")).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDailyDigestGroupsTheNoticesByInitiativeNameThenByKindWithAnAddressForEach() {
        String ana = unique("Ana Digest");
        long person = person(ana);
        long zeta = initiative("Zeta Coalition");
        long alpha = initiative("Alpha Network");
        notify("2026-03-03T09:00", joinRequest(person, zeta, "Bo", "Housing", "workgroups/11"));
        notify("2026-03-03T10:00", joinRequest(person, alpha, "Cy", "Transit", "/workgroups/12"));
        notify("2026-03-03T11:00", Notification.of(NoticeKind.NEW_RESOURCE, person, "notice.removed", "Old group")
                .in(alpha).linkTo("library/5"));
        notify("2026-03-03T12:00", joinRequest(person, null, "Di", "Garden", null));
        notify("2026-03-03T13:00", Notification.of(NoticeKind.RSVP, person, "notice.rsvpConfirmed", "Kickoff").in(alpha));
        // The person chose the daily digest for new resources too (the kind's default is weekly).
        jdbc.update("update notice set digest = 'DAILY' where person_id = ? and kind = 'NEW_RESOURCE'", person);

        int sent = send("2026-03-04T07:30", Delivery.DAILY);

        assertThat(sent).isOne();
        List<MimeMessage> mail = digestsTo(ana);
        assertThat(mail).hasSize(1);
        assertThat(Mailbox.to(email(ana))).as("the RSVP notice was mailed at once, outside the digest")
                .hasSize(2).anySatisfy(m -> assertThat(Mailbox.body(m)).contains("Kickoff"));
        assertThat(subject(mail.getFirst())).isEqualTo("Your daily digest: 4 notices");
        String body = Mailbox.body(mail.getFirst());
        String base = site.publicUrl() + "/";
        assertThat(body).containsSubsequence("Alpha Network", "Comments and replies", "Cy asks to join Transit.",
                base + "workgroups/12", "New resources", "You are no longer a member of Old group.", base + "library/5",
                "Zeta Coalition", "Comments and replies", "Bo asks to join Housing.", base + "workgroups/11",
                "Outside any initiative", "Comments and replies", "Di asks to join Garden.", base + "my/notices");
        assertThat(body).doesNotContain("Kickoff").doesNotContain("//workgroups");
        assertThat(jdbc.queryForList("select notices from notice_digest where person_id = ?", Integer.class, person))
                .containsExactly(4);
        assertThat(jdbc.queryForObject("""
                select count(distinct digest_id) from notice where person_id = ? and digest = 'DAILY'""", Long.class, person))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from notice where person_id = ? and digest_id is null", Long.class,
                person)).as("only the notice mailed at once is in no digest").isOne();
    }

    @Test
    void nothingWaitingSendsNothingAndANoticeReadInTheAppIsLeftOutOfTheDigest() {
        String nobody = unique("Nora Nothing");
        person(nobody);
        String onlyMail = unique("Omar Mail");
        long omar = person(onlyMail);
        notify("2026-03-10T09:00", Notification.of(NoticeKind.RSVP, omar, "notice.rsvpConfirmed", "Kickoff"));
        String reader = unique("Rita Reader");
        long rita = person(reader);
        notify("2026-03-10T09:00", joinRequest(rita, null, "Bo", "Housing", "workgroups/11"));
        SignIn.as(new Actor(rita, reader, false));
        notices.markAllRead();
        SignIn.out();

        send("2026-03-11T08:00", Delivery.DAILY);
        send("2026-03-16T08:00", Delivery.WEEKLY);

        assertThat(Mailbox.to(email(nobody))).isEmpty();
        assertThat(Mailbox.to(email(onlyMail))).as("only the notice mailed at once").hasSize(1);
        assertThat(digestsTo(onlyMail)).isEmpty();
        assertThat(Mailbox.to(email(reader))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notice_digest where person_id in (?, ?)", Long.class, omar, rita))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from notice where person_id = ? and digest is not null", Long.class,
                rita)).as("the read notice no longer waits").isZero();
    }

    @Test
    void theDailyDigestGoesOutOnceADayAtTheHourWithTheNoticesLeftBeforeIt() {
        String dan = unique("Dan Daily");
        long person = person(dan);
        notify("2026-03-17T10:00", joinRequest(person, null, "Bo", "First group", "workgroups/1"));

        send("2026-03-17T11:00", Delivery.DAILY);
        send("2026-03-18T06:59", Delivery.DAILY);
        assertThat(Mailbox.to(email(dan))).as("not before the next day's hour").isEmpty();

        send("2026-03-18T07:00", Delivery.DAILY);
        send("2026-03-18T12:00", Delivery.DAILY);
        assertThat(bodies(dan)).hasSize(1);

        notify("2026-03-18T13:00", joinRequest(person, null, "Cy", "Second group", "workgroups/2"));
        send("2026-03-18T23:00", Delivery.DAILY);
        assertThat(bodies(dan)).as("a notice left after today's digest waits for tomorrow's").hasSize(1);
        send("2026-03-19T07:05", Delivery.DAILY);
        send("2026-03-20T08:00", Delivery.DAILY);

        List<String> bodies = bodies(dan);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains("First group").doesNotContain("Second group");
        assertThat(bodies.get(1)).contains("Second group").doesNotContain("First group");
        assertThat(jdbc.queryForList("select period::text from notice_digest where person_id = ? order by period",
                String.class, person)).containsExactly("2026-03-18", "2026-03-19");
    }

    @Test
    void theWeeklyDigestGoesOutOnceAWeekOnTheChosenDay() {
        String wes = unique("Wes Weekly");
        long person = person(wes);
        long initiative = initiative("Weekly Coalition");
        notify("2026-03-03T10:00", Notification.of(NoticeKind.NEW_RESOURCE, person, "notice.removed", "Reading list")
                .in(initiative).linkTo("library/9"));

        for (String day : List.of("2026-03-03T12:00", "2026-03-04T08:00", "2026-03-05T08:00", "2026-03-06T08:00",
                "2026-03-07T08:00", "2026-03-08T08:00", "2026-03-09T06:30")) {
            send(day, Delivery.DAILY);
            send(day, Delivery.WEEKLY);
        }
        assertThat(Mailbox.to(email(wes))).as("neither the daily digest nor before Monday's hour").isEmpty();

        send("2026-03-09T07:10", Delivery.WEEKLY);
        send("2026-03-09T20:00", Delivery.WEEKLY);
        send("2026-03-10T08:00", Delivery.WEEKLY);
        assertThat(Mailbox.to(email(wes))).hasSize(1);
        assertThat(subject(Mailbox.to(email(wes)).getFirst())).isEqualTo("Your weekly digest: 1 notice");
        assertThat(bodies(wes).getFirst()).containsSubsequence("Weekly Coalition", "New resources",
                "You are no longer a member of Reading list.", site.publicUrl() + "/library/9");

        notify("2026-03-11T10:00", Notification.of(NoticeKind.NEW_RESOURCE, person, "notice.removed", "Second list")
                .in(initiative));
        send("2026-03-15T23:00", Delivery.WEEKLY);
        send("2026-03-16T07:00", Delivery.WEEKLY);
        send("2026-03-16T09:00", Delivery.WEEKLY);
        assertThat(bodies(wes)).hasSize(2);
        assertThat(bodies(wes).get(1)).contains("Second list").doesNotContain("Reading list");
    }

    @Test
    void eachReaderGetsTheDigestInTheirLanguage() {
        String lucia = unique("Lucia Lector");
        long spanish = person(lucia);
        jdbc.update("update person set language = 'es' where id = ?", spanish);
        String emma = unique("Emma Reader");
        long english = person(emma);
        long initiative = initiative("Red de Vivienda");
        for (long person : List.of(spanish, english)) {
            notify("2026-03-24T10:00", joinRequest(person, initiative, "Bo", "Vivienda", "workgroups/3"));
            notify("2026-03-24T11:00", joinRequest(person, null, "Cy", "Huerto", "workgroups/4"));
        }

        send("2026-03-25T07:00", Delivery.DAILY);

        MimeMessage inSpanish = Mailbox.to(email(lucia)).getFirst();
        assertThat(subject(inSpanish)).isEqualTo("Tu resumen diario: 2 avisos");
        assertThat(Mailbox.body(inSpanish)).containsSubsequence("Red de Vivienda", "Comentarios y respuestas",
                "Bo pide unirse a Vivienda.", "Fuera de toda iniciativa", "Todos tus avisos:")
                .doesNotContain("Comments and replies");
        MimeMessage inEnglish = Mailbox.to(email(emma)).getFirst();
        assertThat(subject(inEnglish)).isEqualTo("Your daily digest: 2 notices");
        assertThat(Mailbox.body(inEnglish)).containsSubsequence("Red de Vivienda", "Comments and replies",
                "Bo asks to join Vivienda.", "Outside any initiative", "All your notices:");
    }

    @Test
    void twoRunsAtOnceSendEachPersonOneDigestWithEachNoticeInExactlyOne() throws Exception {
        List<String> names = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        long initiative = initiative("Concurrent Coalition");
        for (int i = 0; i < 30; i++) {
            String name = unique("Pat Parallel " + i);
            long person = person(name);
            names.add(name);
            people.add(person);
            notify("2026-04-07T09:00", joinRequest(person, initiative, "Bo", "Group " + i, "workgroups/" + i));
            notify("2026-04-07T10:00", joinRequest(person, null, "Cy", "Other " + i, "workgroups/" + i));
        }

        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return send("2026-04-08T07:00", Delivery.DAILY);
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        }

        for (String name : names) {
            assertThat(Mailbox.to(email(name))).as(name).hasSize(1);
            assertThat(bodies(name).getFirst()).contains("Group " + name.split(" ")[2].split("-")[0]);
        }
        String ids = people.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        assertThat(jdbc.queryForObject("select count(*) from notice_digest where person_id in (" + ids + ")", Long.class))
                .isEqualTo(30L);
        assertThat(jdbc.queryForObject("select count(*) from notice where digest_id is null and person_id in (" + ids + ")",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from notice n join notice_digest d on d.id = n.digest_id
                where d.person_id <> n.person_id""", Long.class)).isZero();
    }

    @Test
    void onlyConveneItselfSendsDigests() {
        long someone = person(unique("Sam Signed"));
        SignIn.as(new Actor(someone, "Sam Signed", false));
        assertThatThrownBy(() -> digests.send(Delivery.DAILY)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> digests.send(Delivery.MAIL)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
