package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.convenings.AttendanceService.WalkIn;
import app.convene.convenings.internal.AttendanceQueries;
import app.convene.convenings.internal.AttendanceQueries.Entry;
import app.convene.security.Actor;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 15, attendance: check-in from the list and undo, walk-ins, the self check-in code, counts, refusals. */
@ConveneTest
class AttendanceServiceTest {

    @Autowired
    AttendanceService attendance;
    @Autowired
    CheckInCodes codes;
    @Autowired
    AttendanceQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    app.convene.security.PersonService persons;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A public convening of Equity@Work (coordinated by Maya Thompson) that started ten minutes ago. */
    long convening() {
        Instant starts = Instant.now().minus(10, ChronoUnit.MINUTES);
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'SESSION', ?, ?, ?, 'IN_PERSON', 'PUBLIC') returning id""", Long.class,
                fixtures.initiativeId("equity-at-work"), "Attendance " + UUID.randomUUID(), Timestamp.from(starts),
                Timestamp.from(starts.plus(2, ChronoUnit.HOURS)));
    }

    long guestRsvp(long conveningId, String name, String organization, String status) {
        return jdbc.queryForObject("""
                insert into rsvp (convening_id, guest_name, guest_email, guest_organization, status)
                values (?, ?, ?, ?, ?) returning id""", Long.class, conveningId, name,
                name.replace(' ', '.') + UUID.randomUUID() + "@example.org", organization, status);
    }

    long memberRsvp(long conveningId, long personId) {
        return jdbc.queryForObject("insert into rsvp (convening_id, person_id, status) values (?, ?, 'CONFIRMED') returning id",
                Long.class, conveningId, personId);
    }

    static ValidationError refused(Runnable call) {
        try {
            call.run();
        } catch (ValidationError e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aHostChecksPeopleInFromTheListUndoesOneAndAddsWalkInsCountedPerOrganization() {
        long id = convening();
        long waiting = guestRsvp(id, "Wanda Waiting", "Westside Works", "WAITLISTED");
        long gina = guestRsvp(id, "Gina Guest", "Westside Works", "CONFIRMED");
        guestRsvp(id, "Carl Cancelled", "Gone Inc", "CANCELLED");
        long jordan = fixtures.personId("Jordan Ellis");
        memberRsvp(id, jordan);
        fixtures.signInAs("Maya Thompson");

        List<Entry> list = attendance.entries(id, "", 0, 50);
        assertThat(list).extracting(Entry::name).as("confirmed first, then the waitlist; no cancelled")
                .containsExactly("Gina Guest", "Jordan Ellis", "Wanda Waiting");
        assertThat(list).allSatisfy(e -> assertThat(e.attendanceId()).isNull());

        long ginaIn = attendance.checkIn(gina);
        assertThat(refused(() -> attendance.checkIn(gina)).messageKey()).isEqualTo("attendance.error.already");
        attendance.checkIn(waiting);
        attendance.walkIn(id, new WalkIn(null, "Walter Walkin", "", "Westside Works"));
        attendance.walkIn(id, new WalkIn(null, "Nadia Noorg", null, null));
        attendance.walkIn(id, new WalkIn(jordan, null, null, "Atlanta Regional Commission"));
        assertThat(refused(() -> attendance.walkIn(id, new WalkIn(jordan, null, null, null))).messageKey())
                .as("one check-in per person").isEqualTo("attendance.error.already");

        assertThat(attendance.entries(id, "WESTSIDE", 0, 50)).extracting(Entry::name)
                .containsExactly("Gina Guest", "Wanda Waiting", "Walter Walkin");
        assertThat(attendance.entries(id, "", 0, 50)).filteredOn(e -> e.name().equals("Jordan Ellis")).singleElement()
                .satisfies(e -> assertThat(e.attendanceId()).as("the walk-in of a member with an RSVP is on their row")
                        .isNotNull());
        AttendanceService.Rollup rollup = attendance.rollup(id);
        assertThat(rollup.total()).isEqualTo(5);
        assertThat(rollup.organizations()).isEqualTo(2);
        assertThat(rollup.byOrganization()).containsEntry("Westside Works", 3)
                .containsEntry("Atlanta Regional Commission", 1).containsEntry(null, 1);

        attendance.undo(ginaIn);
        assertThat(attendance.rollup(id).byOrganization()).containsEntry("Westside Works", 2);
        assertThat(attendance.entries(id, "gina", 0, 50)).singleElement()
                .satisfies(e -> assertThat(e.attendanceId()).isNull());
        assertThat(refused(() -> attendance.undo(ginaIn)).messageKey()).isEqualTo("attendance.error.notCheckedIn");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'attendance' and subject_id = ?",
                Integer.class, String.valueOf(ginaIn))).isEqualTo(2);
    }

    @Test
    void walkInsAreRefusedByTheFieldWhenNamelessWithABadEmailOrSomeoneOutsideTheInitiative() {
        long id = convening();
        Actor stranger = RsvpServiceTest.person(jdbc, "Stan Stranger");
        fixtures.signInAs("Maya Thompson");
        assertThat(refused(() -> attendance.walkIn(id, new WalkIn(null, " ", null, "Org"))).field()).isEqualTo("name");
        assertThat(refused(() -> attendance.walkIn(id, new WalkIn(null, "Ed", "not-an-email", null))).field())
                .isEqualTo("email");
        assertThat(refused(() -> attendance.walkIn(id, new WalkIn(stranger.personId(), null, null, null))).field())
                .isEqualTo("person");
        assertThat(attendance.members(id, "stan", PageRequest.of(0, 20)).getContent()).isEmpty();
        assertThat(attendance.members(id, "jordan", PageRequest.of(0, 20)).getContent())
                .extracting(p -> p.name()).contains("Jordan Ellis");
        assertThat(attendance.rollup(id).total()).isZero();
    }

    @Test
    void anAttendeeChecksInWithTheRightCodeAndIsRefusedByTheFieldWhenItIsWrongOrExpired() {
        long id = convening();
        fixtures.signInAs("Maya Thompson");
        CheckInCodes.OpenCode code = codes.open(id);
        assertThat(code.code()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat(jdbc.queryForObject("select code_hash from attendance_code where convening_id = ?", String.class, id))
                .as("only the hash is kept").isNotEqualTo(code.code()).hasSize(64);

        Actor ana = RsvpServiceTest.person(jdbc, "Ana Attendee");
        SignIn.as(ana);
        int before = attendance.attendedByMe();
        String wrong = code.code().equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        ValidationError error = refused(() -> codes.enter(id, wrong));
        assertThat(error.field()).isEqualTo("code");
        assertThat(error.messageKey()).isEqualTo("attendance.error.codeWrong");
        assertThat(codes.checkedIn(id)).isFalse();

        codes.enter(id, code.code().toLowerCase());
        assertThat(codes.checkedIn(id)).isTrue();
        assertThat(attendance.attendedByMe()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select method from attendance where convening_id = ? and person_id = ?",
                String.class, id, ana.personId())).isEqualTo("CODE");

        Actor late = RsvpServiceTest.person(jdbc, "Larry Late");
        jdbc.update("update attendance_code set valid_until = now() - interval '1 minute' where convening_id = ?", id);
        SignIn.as(late);
        assertThat(refused(() -> codes.enter(id, code.code())).messageKey()).isEqualTo("attendance.error.codeExpired");
        assertThat(codes.checkedIn(id)).isFalse();
    }

    @Test
    void aNewCodeReplacesTheOldOneAndTooManyWrongCodesAreRefusedEvenWhenTheNextIsRight() {
        long id = convening();
        fixtures.signInAs("Maya Thompson");
        String first = codes.open(id).code();
        String second = codes.open(id).code();
        Actor guesser = RsvpServiceTest.person(jdbc, "Gus Guesser");
        SignIn.as(guesser);
        int wrongSoFar = 0;
        if (!first.equals(second)) {
            assertThat(refused(() -> codes.enter(id, first)).messageKey()).isEqualTo("attendance.error.codeWrong");
            wrongSoFar++;
        }
        String bad = "222222".equals(second) ? "333333" : "222222";
        for (int i = wrongSoFar; i < 5; i++) {
            assertThat(refused(() -> codes.enter(id, bad)).messageKey()).isEqualTo("attendance.error.codeWrong");
        }
        ValidationError error = refused(() -> codes.enter(id, second));
        assertThat(error.field()).isEqualTo("code");
        assertThat(error.messageKey()).isEqualTo("attendance.error.tooMany");
        assertThat(codes.checkedIn(id)).isFalse();
    }

    @Test
    void someoneWhoMayNotManageTheConveningIsRefusedEveryHostOperationAndNothingChanges() {
        long id = convening();
        long gina = guestRsvp(id, "Gina Guest", "Westside Works", "CONFIRMED");
        fixtures.signInAs("Maya Thompson");
        long in = attendance.checkIn(gina);
        fixtures.signInAs("Jordan Ellis");
        List<Supplier<Object>> calls = List.of(
                () -> attendance.checkIn(gina),
                () -> {
                    attendance.undo(in);
                    return null;
                },
                () -> attendance.walkIn(id, new WalkIn(null, "Sneaky", null, null)),
                () -> attendance.entries(id, "", 0, 10),
                () -> attendance.rollup(id),
                () -> attendance.members(id, "", PageRequest.of(0, 10)),
                () -> codes.open(id));
        for (Supplier<Object> call : calls) {
            assertThatThrownBy(call::get).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(attendance.titleForHosts(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attendance where convening_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from attendance_code where convening_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void attendanceIsInTheOwnDataDownload() {
        long id = convening();
        Actor ana = RsvpServiceTest.person(jdbc, "Ana Download");
        fixtures.signInAs("Maya Thompson");
        attendance.walkIn(id, new WalkIn(null, "Not Ana", null, null));
        jdbc.update("insert into attendance (convening_id, person_id, organization, method) values (?, ?, 'Ana Org', 'CODE')",
                id, ana.personId());
        var rows = queries.ownData(ana.personId()).get("attendance");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("convening")).asString().startsWith("Attendance ");
            assertThat(row.get("organization")).isEqualTo("Ana Org");
            assertThat(row.get("initiative")).isEqualTo("Equity@Work");
        });
    }

    @Test
    void aClosedAccountsAttendanceStaysCountedButNoLongerNamesThem() {
        long id = convening();
        Actor cleo = RsvpServiceTest.person(jdbc, "Cleo Closing");
        fixtures.signInAs("Maya Thompson");
        codes.open(id);
        jdbc.update("insert into attendance (convening_id, person_id, organization, method) values (?, ?, 'Cleo Org', 'CODE')",
                id, cleo.personId());
        SignIn.as(cleo);
        persons.closeMyAccount();

        fixtures.signInAs("Maya Thompson");
        assertThat(attendance.entries(id, "", 0, 50)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo(app.convene.shared.FormerMember.label(cleo.personId()));
            assertThat(e.name()).doesNotContain("Cleo");
        });
        assertThat(attendance.rollup(id).byOrganization()).containsEntry("Cleo Org", 1);
        assertThat(jdbc.queryForObject("select count(*) from attendance where guest_name like '%Cleo%'", Integer.class))
                .isZero();
    }
}
