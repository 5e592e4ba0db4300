package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.convenings.MinutesService.Minutes;
import app.convene.convenings.internal.MinutesQueries.VersionRow;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Issue 15, minutes: draft → review → comment → approve (frozen) → correction as version 2; the chair; conflicts. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings")
class MinutesServiceTest {

    @Autowired
    MinutesService minutes;
    @Autowired
    MinutesActions actions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long atlanta;
    long youth;

    @BeforeEach
    void find() {
        atlanta = fixtures.initiativeId("equity-at-work");
        youth = fixtures.workgroupId("equity-at-work", "Youth Transition");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A past convening of Equity@Work, written straight into its table. */
    long convening(String kind, String visibility, Long hostWorkgroup) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility, host_workgroup_id)
                values (?, ?, ?, now() - interval '3 days', now() - interval '3 days' + interval '2 hours', 'ONLINE', ?, ?)
                returning id""", Long.class, atlanta, kind, "Minutes test " + UUID.randomUUID(), visibility, hostWorkgroup);
    }

    void attended(long conveningId, String name) {
        jdbc.update("insert into rsvp (convening_id, person_id, status) values (?, ?, 'CONFIRMED')", conveningId,
                fixtures.personId(name));
    }

    int notices(String name, String key, long conveningId) {
        return jdbc.queryForObject("select count(*) from notice where person_id = ? and text like ? and link like ?",
                Integer.class, fixtures.personId(name), key + "%", "convenings/" + conveningId + "%");
    }

    /** The person's newest notice about the convening: kind, initiative, text (key and parameters) and link. */
    List<String> notice(String name, long conveningId) {
        return jdbc.queryForObject("""
                select kind, initiative_id::text, text, link from notice where person_id = ? and link like ?
                order by id desc limit 1""", (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), fixtures.personId(name), "convenings/" + conveningId + "%");
    }

    String email(String name) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, fixtures.personId(name));
    }

    String initiative(long conveningId) {
        return jdbc.queryForObject("select initiative_id::text from convening where id = ?", String.class, conveningId);
    }

    Minutes as(String name, long conveningId) {
        fixtures.signInAs(name);
        return minutes.minutes(conveningId);
    }

    @Test
    void draftReviewCommentApproveFreezesAndACorrectionIsVersionTwo() {
        long id = convening("SESSION", "MEMBERS", null);
        attended(id, "Jordan Ellis");
        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        int mailsBefore = Mailbox.to(email("Jordan Ellis")).size();

        fixtures.signInAs("Maya Thompson");
        long v = minutes.save(id, MinutesService.NONE, "# Minutes\n\nDecided: **a youth summit**.");
        assertThat(as("Jordan Ellis", id).markdown()).as("an attendee does not read a draft").isNull();
        assertThatThrownBy(() -> minutes.comment(id, "Too early")).isInstanceOf(ValidationError.class);
        fixtures.signInAs("Maya Thompson");
        v = minutes.sendForReview(id, v);
        assertThat(notices("Jordan Ellis", "minutes.notice.review", id)).isEqualTo(1);
        assertThat(notice("Jordan Ellis", id)).as("the notice mailed at once (kind, initiative, text, link)")
                .containsExactly("MINUTES", initiative(id), "minutes.notice.review\u001F" + title,
                        "convenings/" + id + "/minutes");
        assertThat(Mailbox.to(email("Jordan Ellis"))).as("mailed at once").hasSize(mailsBefore + 1);
        MimeMessage review = Mailbox.to(email("Jordan Ellis")).getLast();
        assertThat(Mailbox.subject(review)).isEqualTo("The minutes of " + title + " are ready for your review.");
        assertThat(Mailbox.body(review)).containsPattern("Open it in Convene: https?://\\S+/convenings/" + id
                + "/minutes\\s");

        Minutes inReview = as("Jordan Ellis", id);
        assertThat(inReview.markdown()).contains("youth summit");
        assertThat(inReview.rights().comment()).isTrue();
        assertThat(inReview.rights().approve()).isFalse();
        minutes.comment(id, "Please add who leads the summit.");
        assertThatThrownBy(() -> minutes.approve(id, inReview.version())).isInstanceOf(AccessDeniedException.class);

        Minutes outsider = as("Sam Chen", id);
        assertThat(outsider.markdown()).as("a member who did not attend").isNull();
        assertThat(outsider.comments()).isEmpty();
        assertThatThrownBy(() -> minutes.comment(id, "Me too")).isInstanceOf(AccessDeniedException.class);

        Minutes chair = as("Maya Thompson", id);
        assertThat(chair.comments()).extracting(c -> c.author() + ": " + c.body())
                .containsExactly("Jordan Ellis: Please add who leads the summit.");
        assertThat(minutes.approve(id, chair.version())).isEqualTo(1);
        Minutes approved = minutes.minutes(id);
        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.versions()).extracting(VersionRow::number, VersionRow::approver)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Maya Thompson"));
        assertThat(notices("Jordan Ellis", "minutes.notice.approved", id)).isEqualTo(1);
        assertThat(notice("Jordan Ellis", id)).containsExactly("MINUTES", initiative(id),
                "minutes.notice.approved\u001F" + title, "convenings/" + id);
        assertThat(Mailbox.to(email("Jordan Ellis"))).as("mailed at once").hasSize(mailsBefore + 2);
        MimeMessage approvedMail = Mailbox.to(email("Jordan Ellis")).getLast();
        assertThat(Mailbox.subject(approvedMail)).isEqualTo("The minutes of " + title + " are approved.");
        assertThat(Mailbox.body(approvedMail)).containsPattern("Open it in Convene: https?://\\S+/convenings/" + id
                + "\\s");

        ValidationError frozen = refusal(() -> minutes.save(id, approved.version(), "Rewritten"));
        assertThat(frozen.field()).isEqualTo("markdown");
        assertThat(frozen.messageKey()).isEqualTo("minutes.error.frozen");

        long correcting = minutes.correct(id, approved.version());
        long corrected = minutes.save(id, correcting, "# Minutes\n\nDecided: **a youth summit**, led by Sam Chen.");
        assertThat(as("Sam Chen", id).versions()).as("the approved version stays public while a correction is drafted")
                .hasSize(1);
        fixtures.signInAs("Maya Thompson");
        assertThat(minutes.approve(id, corrected)).isEqualTo(2);
        SignIn.out();
        Minutes visitorView = minutes.minutes(convening("SESSION", "PUBLIC", null)); // nothing yet elsewhere
        assertThat(visitorView.exists()).isFalse();
        assertThat(as("Jordan Ellis", id).versions()).extracting(VersionRow::number, VersionRow::markdown).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "# Minutes\n\nDecided: **a youth summit**, led by Sam Chen."),
                org.assertj.core.groups.Tuple.tuple(1, "# Minutes\n\nDecided: **a youth summit**."));
    }

    @Test
    void aMemberCheckedInWithoutAnRsvpIsAnAttendeeWhoReviewsTheMinutes() {
        long id = convening("SESSION", "MEMBERS", null);
        jdbc.update("insert into attendance (convening_id, person_id, method) values (?, ?, 'WALK_IN')", id,
                fixtures.personId("Jordan Ellis"));
        fixtures.signInAs("Maya Thompson");
        long v = minutes.save(id, MinutesService.NONE, "# Minutes\n\nA walk-in reviews these.");
        minutes.sendForReview(id, v);
        assertThat(notices("Jordan Ellis", "minutes.notice.review", id)).isEqualTo(1);
        Minutes walkIn = as("Jordan Ellis", id);
        assertThat(walkIn.markdown()).contains("walk-in");
        assertThat(walkIn.rights().comment()).isTrue();
        assertThat(as("Sam Chen", id).rights().comment()).as("neither an RSVP nor a check-in").isFalse();
    }

    @Test
    void theChairIsACoordinatorOrTheHostWorkgroupsLeadForAWorkgroupMeetingAndNobodyElse() {
        long meeting = convening("WORKGROUP_MEETING", "WORKGROUP", youth);
        fixtures.signInAs("Sam Chen");
        long v = minutes.sendForReview(meeting, minutes.save(meeting, MinutesService.NONE, "Youth meeting notes"));
        assertThat(minutes.approve(meeting, v)).as("the lead chairs their workgroup's meeting").isEqualTo(1);

        long session = convening("SESSION", "WORKGROUP", youth);
        long w = minutes.sendForReview(session, minutes.save(session, MinutesService.NONE, "Session notes"));
        assertThat(minutes.minutes(session).rights().approve()).isFalse();
        assertThatThrownBy(() -> minutes.approve(session, w)).as("the lead hosts but does not chair a session")
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("Jordan Ellis");
        assertThatThrownBy(() -> minutes.approve(session, w)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> minutes.save(session, w, "Mine")).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("Maya Thompson");
        assertThat(minutes.approve(session, w)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from minutes_version v join convening_minutes m on m.id = v.minutes_id"
                + " where m.convening_id = ?", Integer.class, session)).isEqualTo(1);
    }

    @Test
    void aConcurrentEditIsRefusedAndNeverOverwritesTheOther() {
        long id = convening("SESSION", "MEMBERS", null);
        fixtures.signInAs("Maya Thompson");
        long opened = minutes.save(id, MinutesService.NONE, "First words");
        long first = minutes.save(id, opened, "Maya's text");
        assertThatThrownBy(() -> minutes.save(id, opened, "Someone else's text"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> minutes.save(id, MinutesService.NONE, "A second first draft"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> minutes.sendForReview(id, opened)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(minutes.minutes(id).markdown()).isEqualTo("Maya's text");
        assertThat(minutes.minutes(id).version()).isEqualTo(first);
    }

    @Test
    void anActionItemBecomesAWorkgroupActionItemOrAMilestoneOnceLinkedBothWays() {
        long id = convening("WORKGROUP_MEETING", "WORKGROUP", youth);
        fixtures.signInAs("Sam Chen");
        LocalDate due = LocalDate.now().plusDays(30);
        long action = actions.add(id, "Book the summit venue", fixtures.personId("Sam Chen"), due);
        assertThat(refusal(() -> actions.add(id, " ", null, due)).field()).isEqualTo("what");
        assertThat(refusal(() -> actions.add(id, "No date", null, null)).field()).isEqualTo("due");
        assertThat(refusal(() -> actions.add(id, "Stranger", fixtures.personId("Alex Rivera"), due)).field())
                .isEqualTo("owner");
        long note = actions.toWorkgroupAction(action, null);
        assertThat(jdbc.queryForObject("select kind || '|' || title || '|' || body || '|' || action_owner from workgroup_note"
                + " where id = ? and workgroup_id = ?", String.class, note, youth))
                .startsWith("ACTION|Book the summit venue|").contains("/convenings/" + id + "/minutes")
                .endsWith("|" + fixtures.personId("Sam Chen"));
        assertThat(jdbc.queryForObject("select workgroup_note_id from minutes_action where id = ?", Long.class, action))
                .isEqualTo(note);
        assertThat(refusal(() -> actions.toWorkgroupAction(action, null)).messageKey()).isEqualTo("minutes.error.alreadyLinked");

        long milestoneItem = actions.add(id, "Summit report", fixtures.personId("Sam Chen"), due);
        assertThatThrownBy(() -> actions.toMilestone(milestoneItem)).as("leads do not manage the timeline")
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("Jordan Ellis");
        assertThatThrownBy(() -> actions.add(id, "Sneaky", null, due)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("Maya Thompson");
        long milestone = actions.toMilestone(milestoneItem);
        assertThat(jdbc.queryForObject("select description from milestone where id = ? and initiative_id = ?",
                String.class, milestone, atlanta)).contains("/convenings/" + id + "/minutes");
        assertThat(minutes.minutes(id).actions()).extracting(a -> a.what() + ":" + (a.workgroupNoteId() != null)
                + ":" + (a.milestoneId() != null)).containsExactly("Book the summit venue:true:false",
                "Summit report:false:true");
    }

    static ValidationError refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationError e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
