package app.convene.notifications.internal;

import app.convene.notifications.Letter;
import app.convene.notifications.NoticeKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Repository;

/** The mail_delivery rows (decision 0033): every mail, its state, its retry schedule, and the parked ones. */
@Repository
public class MailDeliveries {

    private static final String COLUMNS = "message_id, state, recipient, language, subject, body, person_id, kind, "
            + "calendar, calendar_method, attempts, next_attempt_at, last_error, created_at";

    private final JdbcClient jdbc;

    MailDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The same statements on one connection the caller manages (outside Spring's transactions). */
    static MailDeliveries on(java.sql.Connection connection) {
        return new MailDeliveries(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
    }

    /** Pending mail whose next attempt is due, oldest first. */
    List<String> due(Instant now, int limit) {
        return jdbc.sql("select message_id from mail_delivery where state = 'PENDING' and next_attempt_at <= :now "
                        + "order by next_attempt_at limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(String.class).list();
    }

    /** A new pending mail, first tried after the commit; the retry job leaves it alone until {@code firstRetry}. */
    public void add(String messageId, Letter letter, Instant now, Instant firstRetry) {
        jdbc.sql("insert into mail_delivery (message_id, state, recipient, language, subject, body, person_id, kind, "
                        + "calendar, calendar_method, next_attempt_at, created_at) "
                        + "values (:id, 'PENDING', :to, :language, :subject, :body, :person, :kind, :calendar, :method, :next, :now)")
                .param("id", messageId).param("to", letter.to() == null ? "" : letter.to())
                .param("language", (letter.language() == null ? Locale.ENGLISH : letter.language()).toLanguageTag())
                .param("subject", letter.subject()).param("body", letter.text()).param("person", letter.personId())
                .param("kind", letter.kind() == null ? null : letter.kind().name())
                .param("calendar", letter.calendar()).param("method", letter.calendarMethod())
                .param("next", Timestamp.from(firstRetry)).param("now", Timestamp.from(now)).update();
    }

    /**
     * The row, locked until the caller's transaction ends: a second sender of the same mail (another node, a
     * resubmission) waits here and then finds it sent.
     */
    Optional<PendingMail> lock(String messageId) {
        return jdbc.sql("select " + COLUMNS + " from mail_delivery where message_id = :id for update")
                .param("id", messageId).query(MailDeliveries::row).optional();
    }

    void sent(String messageId, Instant now) {
        jdbc.sql("update mail_delivery set state = 'SENT', done_at = :now, body = null, calendar = null, "
                        + "attempts = attempts + 1, last_error = null where message_id = :id")
                .param("id", messageId).param("now", Timestamp.from(now)).update();
    }

    void parked(String messageId, String reason, Instant now) {
        jdbc.sql("update mail_delivery set state = 'PARKED', done_at = :now, attempts = attempts + 1, "
                        + "last_error = left(:reason, 1000) where message_id = :id")
                .param("id", messageId).param("now", Timestamp.from(now)).param("reason", reason).update();
    }

    void failed(String messageId, String reason, Instant nextAttempt) {
        jdbc.sql("update mail_delivery set attempts = attempts + 1, next_attempt_at = :next, "
                        + "last_error = left(:reason, 1000) where message_id = :id")
                .param("id", messageId).param("next", Timestamp.from(nextAttempt)).param("reason", reason).update();
    }

    public List<PendingMail> parked(Pageable page) {
        return jdbc.sql("select " + COLUMNS + " from mail_delivery where state = 'PARKED' "
                        + "order by created_at desc, message_id limit :limit offset :offset")
                .param("limit", page.getPageSize()).param("offset", page.getOffset()).query(MailDeliveries::row).list();
    }

    public Optional<PendingMail> find(String messageId) {
        return jdbc.sql("select " + COLUMNS + " from mail_delivery where message_id = :id")
                .param("id", messageId).query(MailDeliveries::row).optional();
    }

    /** A parked mail back to pending (for one more attempt); false when it is no longer parked. */
    public boolean unpark(String messageId, Instant now) {
        return jdbc.sql("update mail_delivery set state = 'PENDING', done_at = null, next_attempt_at = :now "
                        + "where message_id = :id and state = 'PARKED'")
                .param("id", messageId).param("now", Timestamp.from(now)).update() == 1;
    }

    /** A parked mail given up: its text is cleared; false when it is no longer parked. */
    public boolean discard(String messageId, Instant now) {
        return jdbc.sql("update mail_delivery set state = 'DISCARDED', done_at = :now, body = null, calendar = null "
                        + "where message_id = :id and state = 'PARKED'")
                .param("id", messageId).param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Closing an account: the person's mail (theirs, or to one of their {@code addresses}, lower case) not yet sent
     * is discarded with its text cleared and names {@code label} instead of the address; any mail's subject, text
     * and last error name the label instead of the names ({@code namePattern}). A send under way holds the row's
     * lock: this waits for it and finds the mail sent. Returns how many unsent mails were discarded.
     */
    int forget(long personId, List<String> addresses, String namePattern, String label, Instant now) {
        String unsent = "state in ('PENDING', 'PARKED')";
        String whose = "person_id = :person" + (addresses.isEmpty() ? "" : " or lower(recipient) in (:addresses)");
        int discarded = jdbc.sql("update mail_delivery set state = 'DISCARDED', done_at = :now, body = null, "
                        + "calendar = null where (" + whose + ") and " + unsent)
                .param("person", personId).param("addresses", addresses).param("now", Timestamp.from(now)).update();
        jdbc.sql("update mail_delivery set recipient = :label where " + whose)
                .param("person", personId).param("addresses", addresses).param("label", label).update();
        jdbc.sql("update mail_delivery set subject = left(regexp_replace(subject, :pattern, :label, 'gi'), 1000), "
                        + "body = regexp_replace(body, :pattern, :label, 'gi'), "
                        + "last_error = left(regexp_replace(last_error, :pattern, :label, 'gi'), 1000) "
                        + "where subject ~* :pattern or body ~* :pattern or last_error ~* :pattern")
                .param("pattern", namePattern).param("label", label).update();
        return discarded;
    }

    /** Forgets sent and discarded mail done before the given time. */
    int purge(Instant before) {
        return jdbc.sql("delete from mail_delivery where state in ('SENT', 'DISCARDED') and done_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private static PendingMail row(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("kind");
        Timestamp next = rs.getTimestamp("next_attempt_at");
        return new PendingMail(rs.getString("message_id"), rs.getString("state"), rs.getString("recipient"),
                Locale.forLanguageTag(rs.getString("language")), rs.getString("subject"), rs.getString("body"),
                rs.getObject("person_id", Long.class), kind == null ? null : NoticeKind.valueOf(kind),
                rs.getString("calendar"), rs.getString("calendar_method"), rs.getInt("attempts"),
                next == null ? null : next.toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant());
    }
}
