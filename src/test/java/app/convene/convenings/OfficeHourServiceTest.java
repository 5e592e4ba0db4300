package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Issue 15, office hours (1:1): publishing, booking for one's organization, the allowance, double-booking, cancelling. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=office-hours")
class OfficeHourServiceTest {

    @Autowired
    OfficeHourService officeHours;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    OfficeHourFixture f;
    Actor coordinator;
    Actor expert;
    long convening;
    LocalDateTime start;

    @BeforeEach
    void officeHours() {
        f = new OfficeHourFixture(jdbc, fixtures.initiativeId("equity-at-work"));
        coordinator = f.coordinator("Cora Coordinator");
        expert = f.member("Ezra Expert", null);
        convening = f.officeHours();
        start = f.localStartOf(convening);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    List<Long> publish(Actor by, Actor expertId, LocalDateTime from, int minutes, int count) {
        SignIn.as(by);
        return officeHours.publish(convening, expertId.personId(), from, minutes, count);
    }

    static void refusedAt(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationError.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aMemberBooksAFreeSlotForTheirJurisdictionAndTheExpertIsToldInAppAndByMail() {
        List<Long> slots = publish(coordinator, expert, start, 60, 3);
        assertThat(slots).hasSize(3);
        long county = f.organization("Fulton County");
        Actor member = f.member("Olu Officer", f.office(county, "Office of Workforce Development"));

        SignIn.as(member);
        officeHours.book(slots.get(1));

        assertThat(jdbc.queryForObject("select organization_id from office_hour_booking where slot_id = ?", Long.class,
                slots.get(1))).as("the office books for its jurisdiction").isEqualTo(county);
        var board = officeHours.board(convening).orElseThrow();
        assertThat(board.usedMinutes()).isEqualTo(60);
        assertThat(board.leftMinutes()).isEqualTo(180);
        assertThat(officeHours.slots(convening, 0, 10)).extracting(OfficeHourService.Slot::booked)
                .containsExactly(false, true, false);
        assertThat(f.notices(expert, "notice.officeHoursBooked")).isEqualTo(1);
        assertThat(f.notices(member, "notice.officeHoursBooked")).as("not told of their own booking").isZero();
        List<String> booked = f.notice(expert, "notice.officeHoursBooked");
        assertThat(booked.subList(0, 3)).as("the notice mailed at once: kind, initiative, link")
                .containsExactly("OFFICE_HOURS", String.valueOf(f.initiativeId()), "convenings/" + convening);
        assertThat(booked.get(3)).contains("Fulton County", f.zone());
        List<MimeMessage> mail = Mailbox.to(f.email(expert));
        assertThat(mail).as("the expert's notice, mailed at once").hasSize(1);
        assertThat(Mailbox.subject(mail.getFirst())).startsWith(name(county) + " booked office hours in " + title() + ": ");
        assertThat(Mailbox.body(mail.getFirst())).contains(f.zone()).containsPattern("Open it in Convene: https?://\\S+/convenings/"
                + convening + "\\s");
        assertThat(Mailbox.to(f.email(member))).as("not told of their own booking").isEmpty();
    }

    String name(long organizationId) {
        return jdbc.queryForObject("select name from organization where id = ?", String.class, organizationId);
    }

    String title() {
        return jdbc.queryForObject("select title from convening where id = ?", String.class, convening);
    }

    @Test
    void anOrganizationThatReachedItsAllowanceIsRefusedByTheFieldWhileOthersStillBook() {
        SignIn.as(coordinator);
        officeHours.setAllowance(convening, 120);
        List<Long> slots = publish(coordinator, expert, start, 60, 3);
        long county = f.organization("DeKalb County");
        Actor first = f.member("Dee One", county);
        Actor colleague = f.member("Dee Two", county);
        SignIn.as(first);
        officeHours.book(slots.get(0));
        SignIn.as(colleague);
        officeHours.book(slots.get(1));

        refusedAt(() -> officeHours.book(slots.get(2)), "slot", "officeHours.error.allowance");
        assertThat(f.bookings(slots.get(2))).isZero();

        SignIn.as(f.member("Cobb Person", f.organization("Cobb County")));
        officeHours.book(slots.get(2));
        assertThat(f.bookings(slots.get(2))).isEqualTo(1);
    }

    @Test
    void aBookedSlotAndAnOverlappingSecondSlotForTheSameOrganizationAreRefused() {
        long slot = publish(coordinator, expert, start, 60, 1).getFirst();
        Actor otherExpert = f.member("Opal Other Expert", null);
        long overlapping = publish(coordinator, otherExpert, start.plusMinutes(30), 60, 1).getFirst();
        long county = f.organization("Clayton County");
        SignIn.as(f.member("Clay Ton", county));
        officeHours.book(slot);

        refusedAt(() -> officeHours.book(overlapping), "slot", "officeHours.error.overlap");
        SignIn.as(f.member("Henry Booker", f.organization("Henry County")));
        refusedAt(() -> officeHours.book(slot), "slot", "officeHours.error.taken");
        officeHours.book(overlapping);
        assertThat(f.bookings(slot)).isEqualTo(1);
        assertThat(f.bookings(overlapping)).isEqualTo(1);
    }

    @Test
    void racesEndWithOneBookingPerSlotAndOnePerOrganizationAtATime() throws Exception {
        long slot = publish(coordinator, expert, start, 60, 1).getFirst();
        List<Actor> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racers.add(f.member("Racer " + i, f.organization("Racing County " + i)));
        }
        List<LongSupplier> tries = new ArrayList<>();
        for (Actor racer : racers) {
            tries.add(() -> book(racer, slot));
        }
        assertThat(race(tries)).isEqualTo(1);
        assertThat(f.bookings(slot)).isEqualTo(1);

        long county = f.organization("One County");
        List<LongSupplier> same = new ArrayList<>();
        List<Long> parallel = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Actor parallelExpert = f.member("Parallel Expert " + i, null);
            long s = publish(coordinator, parallelExpert, start.plusHours(2), 60, 1).getFirst();
            parallel.add(s);
            Actor member = f.member("One Member " + i, county);
            same.add(() -> book(member, s));
        }
        assertThat(race(same)).as("one organization, six overlapping slots at once").isEqualTo(1);
        assertThat(parallel.stream().mapToInt(f::bookings).sum()).isEqualTo(1);
    }

    private long book(Actor actor, long slot) {
        SignIn.as(actor);
        try {
            officeHours.book(slot);
            return 1;
        } catch (ValidationError | org.springframework.dao.DataIntegrityViolationException refused) {
            return 0;
        } finally {
            SignIn.out();
        }
    }

    /** Runs the tries at once; returns how many succeeded. */
    static long race(List<LongSupplier> tries) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tries.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> done = new ArrayList<>();
        for (LongSupplier t : tries) {
            done.add(pool.submit(() -> {
                go.await();
                return t.getAsLong();
            }));
        }
        go.countDown();
        long won = 0;
        for (Future<Long> d : done) {
            won += d.get();
        }
        pool.shutdown();
        return won;
    }

    @Test
    void theBookerTheExpertAndTheManagersCancelAndTheSlotIsFreeAgain() {
        long slot = publish(coordinator, expert, start, 60, 1).getFirst();
        long gwinnett = f.organization("Gwinnett County");
        Actor booker = f.member("Bo Booker", gwinnett);
        Actor colleague = f.member("Col League", f.organization("Cherokee County"));
        jdbc.update("update person set language = 'es' where id = ?", expert.personId());
        SignIn.as(booker);
        officeHours.book(slot);
        SignIn.as(colleague);
        assertThatThrownBy(() -> officeHours.cancel(slot)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(booker);
        officeHours.cancel(slot);
        assertThat(f.bookings(slot)).isZero();
        assertThat(f.notices(expert, "notice.officeHoursCancelled")).isEqualTo(1);
        List<String> cancelled = f.notice(expert, "notice.officeHoursCancelled");
        assertThat(cancelled.subList(0, 3)).as("the notice mailed at once: kind, initiative, link")
                .containsExactly("OFFICE_HOURS", String.valueOf(f.initiativeId()), "convenings/" + convening);
        assertThat(cancelled.get(3)).contains("Gwinnett County");
        List<MimeMessage> expertsMail = Mailbox.to(f.email(expert));
        assertThat(expertsMail).extracting(MimeMessage::getSubject).as("in the expert's language")
                .anySatisfy(subject -> assertThat(subject).startsWith(name(gwinnett) + " reservó una asesoría en " + title()))
                .anySatisfy(subject -> assertThat(subject)
                        .startsWith("Se canceló la reserva de asesoría de " + name(gwinnett) + " en " + title()));
        MimeMessage cancelledMail = expertsMail.stream().filter(m -> Mailbox.subject(m).startsWith("Se canceló"))
                .findFirst().orElseThrow(); // the two mails leave on two threads: GreenMail may have either first
        assertThat(Mailbox.body(cancelledMail)).startsWith("Se canceló la reserva de asesoría de " + name(gwinnett)
                        + " en " + title() + " (").contains("Ábralo en Convene: ").doesNotContain("was cancelled");

        SignIn.as(colleague);
        officeHours.book(slot);
        SignIn.as(expert);
        officeHours.cancel(slot);
        assertThat(f.bookings(slot)).isZero();
        assertThat(f.notices(colleague, "notice.officeHoursCancelled")).isEqualTo(1);

        SignIn.as(booker);
        officeHours.book(slot);
        SignIn.as(coordinator);
        officeHours.cancel(slot);
        assertThat(f.bookings(slot)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from office_hour_booking where slot_id = ? and status = 'CANCELLED'",
                Integer.class, slot)).as("cancelled bookings stay on record").isEqualTo(3);
    }

    @Test
    void outsidersVisitorsAndMembersWithoutAnOrganizationAreRefused() {
        long slot = publish(coordinator, expert, start, 60, 1).getFirst();
        SignIn.out();
        assertThatThrownBy(() -> officeHours.book(slot)).isInstanceOf(AccessDeniedException.class);
        assertThat(officeHours.board(convening)).as("members-only office hours: nothing for a visitor").isEmpty();
        SignIn.as(f.person("Out Sider"));
        assertThatThrownBy(() -> officeHours.book(slot)).isInstanceOf(AccessDeniedException.class);
        Actor member = f.member("No Org", null);
        SignIn.as(member);
        refusedAt(() -> officeHours.book(slot), "slot", "officeHours.error.noOrganization");
        assertThatThrownBy(() -> officeHours.publish(convening, member.personId(), start, 60, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officeHours.setAllowance(convening, 600)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officeHours.bookFor(slot, f.organization("Any County")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.bookings(slot)).isZero();
    }

    @Test
    void publishingIsCheckedByTheFieldAndManagersBookForTheInitiativesOrganizationsOnly() {
        refusedAt(() -> publish(coordinator, expert, start.minusHours(1), 60, 1), "start", "officeHours.error.outside");
        refusedAt(() -> publish(coordinator, expert, start.plusHours(7), 60, 2), "start", "officeHours.error.outside");
        refusedAt(() -> publish(coordinator, expert, start, 3, 1), "minutes", "officeHours.error.minutes");
        refusedAt(() -> publish(coordinator, expert, start, 60, 0), "count", "officeHours.error.count");
        refusedAt(() -> publish(coordinator, f.person("Stranger Expert"), start, 60, 1), "expert", "roles.error.unrelated");
        long slot = publish(coordinator, expert, start, 60, 2).getFirst();
        refusedAt(() -> publish(coordinator, expert, start.plusMinutes(90), 60, 1), "start", "officeHours.error.expertBusy");

        refusedAt(() -> officeHours.bookFor(slot, f.organization("Not In The Initiative")), "organization",
                "officeHours.error.organization");
        long county = f.organization("Rockdale County");
        f.member("Rock Dale", county);
        officeHours.bookFor(slot, county);
        assertThat(f.bookings(slot)).isEqualTo(1);
        refusedAt(() -> officeHours.withdraw(slot), "slot", "officeHours.error.booked");
        SignIn.as(coordinator);
        officeHours.setAllowance(convening, 30);
        assertThat(officeHours.usage(convening)).singleElement()
                .satisfies(u -> assertThat(u.organization()).startsWith("Rockdale County"));

        long session = jdbc.queryForObject("""
                update convening set kind = 'SESSION' where id = ? returning id""", Long.class, convening);
        refusedAt(() -> officeHours.publish(session, expert.personId(), start, 60, 1), null,
                "officeHours.error.notOfficeHours");
    }
}
