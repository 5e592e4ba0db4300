package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings")
class ConveningServiceTest {

    static final LocalDateTime START = LocalDateTime.of(2031, 6, 11, 14, 0);

    @Autowired
    ConveningService convenings;
    @Autowired
    AgendaService agendas;
    @Autowired
    ConveningAccess access;
    @Autowired
    ConveningLists lists;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long atlanta;
    long wei;
    long youth;

    @BeforeEach
    void find() {
        atlanta = fixtures.initiativeId("equity-at-work");
        wei = fixtures.initiativeId("worker-equity-initiative");
        youth = fixtures.workgroupId("equity-at-work", "Youth Transition");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static ConveningDraft draft(String title, ConveningVisibility visibility, Long host) {
        return new ConveningDraft(ConveningKind.SESSION, title, null, START, START.plusMinutes(90), ConveningFormat.ONLINE,
                null, null, null, "https://meet.example.org/x", 40, START.minusDays(2), visibility, host, null);
    }

    static <T> T asSystem(Supplier<T> work) {
        return Authorization.runAsSystem(work);
    }

    ValidationError refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationError e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void badInputIsRefusedByTheFieldAndNothingIsSaved() {
        fixtures.signInAs("Maya Thompson");
        int before = jdbc.queryForObject("select count(*) from convening", Integer.class);
        ConveningDraft ok = draft("Checks", ConveningVisibility.PUBLIC, null);
        Map<String, ConveningDraft> bad = Map.of(
                "end", ok.at(START, START.minusMinutes(1), null),
                "rsvpDeadline", ok.at(START, START.plusHours(1), START.plusMinutes(1)),
                "onlineLink", new ConveningDraft(ok.kind(), "x", null, START, START.plusHours(1), ok.format(), null, null,
                        null, "javascript:alert(1)", null, null, ok.visibility(), null, null),
                "title", ok.titled("t".repeat(201)),
                "hostWorkgroup", draft("Workgroup only", ConveningVisibility.WORKGROUP, null),
                "capacity", new ConveningDraft(ok.kind(), "x", null, START, START.plusHours(1), ok.format(), null, null,
                        null, null, 0, null, ok.visibility(), null, null));
        bad.forEach((field, draft) -> {
            ValidationError error = refusal(() -> convenings.create(atlanta, draft));
            assertThat(error.field()).as(error.messageKey()).isEqualTo(field);
        });
        assertThat(refusal(() -> convenings.create(atlanta, ok.at(START, START.minusMinutes(1), null))).messageKey())
                .isEqualTo("convening.error.endBeforeStart");
        assertThat(refusal(() -> convenings.create(atlanta, ok.at(START, START.plusHours(1), START.plusDays(1))))
                .messageKey()).isEqualTo("convening.error.deadlineAfterStart");
        assertThat(jdbc.queryForObject("select count(*) from convening", Integer.class)).isEqualTo(before);
    }

    @Test
    void theCapacityCannotFallBelowThoseAlreadyConfirmed() {
        fixtures.signInAs("Maya Thompson");
        long id = convenings.create(atlanta, draft("Full house", ConveningVisibility.PUBLIC, null));
        for (String name : List.of("Jordan Ellis", "Casey Morgan", "Sam Chen")) {
            jdbc.update("insert into rsvp (convening_id, person_id, status) values (?, ?, 'CONFIRMED')", id,
                    fixtures.personId(name));
        }
        ConveningDraft smaller = new ConveningDraft(ConveningKind.SESSION, "Full house", null, START, START.plusMinutes(90),
                ConveningFormat.ONLINE, null, null, null, null, 2, null, ConveningVisibility.PUBLIC, null, null);
        ValidationError error = refusal(() -> convenings.update(id, convenings.get(id).version(), smaller));
        assertThat(error.field()).isEqualTo("capacity");
        assertThat(error.messageKey()).isEqualTo("convening.error.belowConfirmed");
        assertThat(error.params()).containsExactly(3);
        convenings.update(id, convenings.get(id).version(), new ConveningDraft(ConveningKind.SESSION, "Full house", null,
                START, START.plusMinutes(90), ConveningFormat.ONLINE, null, null, null, null, 3, null,
                ConveningVisibility.PUBLIC, null, null));
        assertThat(convenings.get(id).capacity()).isEqualTo(3);
    }

    @Test
    void movingOrCancellingOneOccurrenceLeavesTheOthersAndKeepsItsRsvpsAndRaisesItsSequence() {
        fixtures.signInAs("Maya Thompson");
        List<Long> ids = convenings.createSeries(atlanta, "Four monthly sessions",
                draft("Session", ConveningVisibility.MEMBERS, null), SeriesDates.every(START.toLocalDate(), 4, Period.ofMonths(1)));
        assertThat(ids).hasSize(4);
        assertThat(ids.stream().map(id -> convenings.get(id).start().toLocalDate()).toList()).containsExactly(
                LocalDate.of(2031, 6, 11), LocalDate.of(2031, 7, 11), LocalDate.of(2031, 8, 11), LocalDate.of(2031, 9, 11));
        long second = ids.get(1);
        jdbc.update("insert into rsvp (convening_id, person_id, status) values (?, ?, 'CONFIRMED')", second,
                fixtures.personId("Jordan Ellis"));
        ConveningItem before = convenings.get(second);

        convenings.move(second, before.version(), LocalDateTime.of(2031, 7, 14, 16, 0), LocalDateTime.of(2031, 7, 14, 17, 30));

        ConveningItem moved = convenings.get(second);
        assertThat(moved.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2031, 7, 14, 16, 0));
        assertThat(moved.rsvpDeadline()).isEqualTo(moved.startsAt().minus(java.time.Duration.ofDays(2)));
        assertThat(moved.sequence()).isEqualTo(before.sequence() + 1);
        assertThat(jdbc.queryForObject("select count(*) from rsvp where convening_id = ?", Integer.class, second)).isEqualTo(1);
        assertThat(convenings.get(ids.get(0)).start().toLocalDateTime()).isEqualTo(START);
        assertThat(convenings.get(ids.get(2)).start().toLocalDateTime()).isEqualTo(START.plusMonths(2));
        assertThat(convenings.get(ids.get(0)).sequence()).isZero();

        convenings.cancel(second, moved.version());

        ConveningItem cancelled = convenings.get(second);
        assertThat(cancelled.status()).isEqualTo(ConveningStatus.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(moved.sequence() + 1);
        assertThat(jdbc.queryForObject("select count(*) from rsvp where convening_id = ?", Integer.class, second)).isEqualTo(1);
        assertThat(ids.stream().filter(id -> id != second).map(id -> convenings.get(id).status()))
                .containsOnly(ConveningStatus.SCHEDULED);
    }

    @Test
    void changingTheSeriesMovesItsFutureScheduledOccurrencesButNotACancelledOneAndKeepsTheirTitles() {
        fixtures.signInAs("Maya Thompson");
        List<Long> ids = convenings.createSeries(atlanta, "Three sessions", draft("Session", ConveningVisibility.MEMBERS,
                null), SeriesDates.every(START.toLocalDate(), 3, Period.ofWeeks(1)));
        convenings.update(ids.get(0), convenings.get(ids.get(0)).version(), draft("Strategy", ConveningVisibility.MEMBERS,
                null));
        assertThat(convenings.get(ids.get(0)).sequence()).as("a new title is not a new time or place").isZero();
        convenings.cancel(ids.get(2), convenings.get(ids.get(2)).version());
        int cancelledSequence = convenings.get(ids.get(2)).sequence();

        int changed = convenings.changeSeries(convenings.get(ids.get(0)).seriesId(),
                draft("Renamed series", ConveningVisibility.MEMBERS, null).at(START.withHour(10), START.withHour(12), null));

        assertThat(changed).isEqualTo(2);
        assertThat(convenings.get(ids.get(0)).title()).isEqualTo("Strategy");
        assertThat(convenings.get(ids.get(0)).start().toLocalDateTime()).isEqualTo(START.withHour(10));
        assertThat(convenings.get(ids.get(1)).start().toLocalDateTime()).isEqualTo(START.withHour(10).plusWeeks(1));
        assertThat(convenings.get(ids.get(1)).sequence()).isEqualTo(1);
        assertThat(convenings.get(ids.get(2)).start().toLocalDateTime()).isEqualTo(START.plusWeeks(2));
        assertThat(convenings.get(ids.get(2)).sequence()).isEqualTo(cancelledSequence);
        assertThat(convenings.seriesTitle(ids.get(0))).isEqualTo("Renamed series");
    }

    @Test
    void eachAudienceSeesWhatItsVisibilityOpensToItAndNoOneElse() {
        Map<ConveningVisibility, Long> made = asSystem(() -> Map.of(
                ConveningVisibility.PUBLIC, convenings.create(atlanta, draft("Open", ConveningVisibility.PUBLIC, null)),
                ConveningVisibility.MEMBERS, convenings.create(atlanta, draft("Members", ConveningVisibility.MEMBERS, null)),
                ConveningVisibility.WORKGROUP, convenings.create(atlanta, draft("Youth", ConveningVisibility.WORKGROUP, youth)),
                ConveningVisibility.COMMITTEE, convenings.create(atlanta, draft("Committee", ConveningVisibility.COMMITTEE,
                        null))));
        long weiCommittee = asSystem(() -> convenings.create(wei, draft("WEI committee", ConveningVisibility.COMMITTEE, null)));
        // visitor, signed in without a role, stakeholder, lead of the host workgroup, coordinator
        assertSees(null, made, true, false, false, false);
        assertSees("Alex Rivera", made, true, false, false, false);
        assertSees("Jordan Ellis", made, true, true, false, false);
        assertSees("Sam Chen", made, true, true, true, false);
        assertSees("Maya Thompson", made, true, true, true, true);
        fixtures.signInAs("Daniel Okafor");
        assertThat(access.maySee(weiCommittee)).isTrue();
        assertThat(access.maySee(made.get(ConveningVisibility.MEMBERS))).isFalse();
        fixtures.signInAs("Jordan Ellis");
        assertThat(access.maySee(weiCommittee)).isFalse();
        assertThatThrownBy(() -> convenings.get(weiCommittee)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.agenda(weiCommittee)).isInstanceOf(AccessDeniedException.class);
        assertThat(access.maySee(999_999_999L)).isFalse();
    }

    private void assertSees(String who, Map<ConveningVisibility, Long> made, boolean open, boolean members,
                            boolean workgroup, boolean committee) {
        if (who == null) {
            SignIn.out();
        } else {
            fixtures.signInAs(who);
        }
        assertThat(List.of(access.maySee(made.get(ConveningVisibility.PUBLIC)),
                access.maySee(made.get(ConveningVisibility.MEMBERS)), access.maySee(made.get(ConveningVisibility.WORKGROUP)),
                access.maySee(made.get(ConveningVisibility.COMMITTEE)))).as(String.valueOf(who))
                .containsExactly(open, members, workgroup, committee);
        List<Long> listed = lists.visible(atlanta, true, org.springframework.data.domain.PageRequest.of(0, 500)).getContent()
                .stream().map(ConveningItem::id).toList();
        made.forEach((visibility, id) -> assertThat(listed.contains(id)).as(who + " lists " + visibility)
                .isEqualTo(access.maySee(id)));
    }

    @Test
    void aWorkgroupLeadManagesTheMeetingsTheirWorkgroupHostsAndNoOthers() {
        long coordinators = asSystem(() -> convenings.create(atlanta, draft("Coordinators'", ConveningVisibility.MEMBERS,
                null)));
        fixtures.signInAs("Sam Chen");
        long own = convenings.create(atlanta, draft("Youth meeting", ConveningVisibility.WORKGROUP, youth));
        assertThat(access.mayManage(own)).isTrue();
        convenings.move(own, convenings.get(own).version(), START.plusDays(1), START.plusDays(1).plusHours(1));
        assertThat(access.mayManage(coordinators)).isFalse();
        assertThatThrownBy(() -> convenings.create(atlanta, draft("Not hosted", ConveningVisibility.MEMBERS, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> convenings.cancel(coordinators, convenings.get(coordinators).version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> convenings.update(own, convenings.get(own).version(),
                draft("Moved out", ConveningVisibility.MEMBERS, null))).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("Jordan Ellis");
        assertThatThrownBy(() -> convenings.cancel(own, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAgendaKeepsItsOrderAndWarnsWhenItRunsPastTheEnd() {
        fixtures.signInAs("Maya Thompson");
        long id = convenings.create(atlanta, draft("Ninety minutes", ConveningVisibility.PUBLIC, null));
        Agenda fits = agendas.save(id, List.of(new AgendaItemDraft("Welcome", 30, "Maya", null, null),
                new AgendaItemDraft("Discussion", 60, null, "Reading", "https://example.org/reading")));
        assertThat(fits.overruns()).isFalse();
        Agenda over = agendas.save(id, List.of(new AgendaItemDraft("Discussion", 60, null, null, null),
                new AgendaItemDraft("Welcome", 30, null, null, null), new AgendaItemDraft("Extra", 15, null, null, null)));
        assertThat(over.overruns()).isTrue();
        assertThat(over.totalMinutes()).isEqualTo(105);
        SignIn.out();
        assertThat(agendas.agenda(id).items().stream().map(AgendaItemDraft::title)).containsExactly("Discussion", "Welcome",
                "Extra");
        fixtures.signInAs("Maya Thompson");
        ValidationError badLink = refusal(() -> agendas.save(id, List.of(new AgendaItemDraft("Reading", 10, null, "x",
                "ftp://example.org/x"))));
        assertThat(badLink.field()).isEqualTo("agendaPreWorkUrl");
        assertThat(agendas.agenda(id).items()).hasSize(3);
    }
}
