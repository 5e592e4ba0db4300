package app.convene.notifications.internal;

import app.convene.notifications.Delivery;
import app.convene.notifications.NoticeKind;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of {@code notification_setting}: one row per person and kind a person ever changed, its
 * delivery (null: the kind's default) and a version that grows with every change.
 */
@Repository
public class NotificationSettingQueries {

    /** A stored row: the chosen delivery (null for the default) and its version. */
    public record Stored(Delivery delivery, long version) {
    }

    private final JdbcClient jdbc;

    NotificationSettingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's choice for the kind, if they made one (the primary key's lookup). */
    public Optional<Delivery> chosen(long personId, NoticeKind kind) {
        return jdbc.sql("select delivery from notification_setting where person_id = ? and kind = ?")
                .params(personId, kind.name()).query(String.class).optional().map(Delivery::valueOf);
    }

    /** Every row of the person, by kind. */
    public Map<NoticeKind, Stored> of(long personId) {
        Map<NoticeKind, Stored> rows = new EnumMap<>(NoticeKind.class);
        jdbc.sql("select kind, delivery, version from notification_setting where person_id = ?").param(personId)
                .query((rs, n) -> {
                    String delivery = rs.getString(2);
                    rows.put(NoticeKind.valueOf(rs.getString(1)),
                            new Stored(delivery == null ? null : Delivery.valueOf(delivery), rs.getLong(3)));
                    return null;
                }).list();
        return rows;
    }

    /**
     * Stores the delivery (null: the default) when the row is still at {@code expectedVersion} (0: no row yet);
     * the new version, or empty when the row changed meanwhile.
     */
    public Optional<Long> store(long personId, NoticeKind kind, Delivery delivery, long expectedVersion, Instant now) {
        String sql = expectedVersion == 0 ? """
                insert into notification_setting (person_id, kind, delivery, version, changed_at)
                values (:person, :kind, :delivery, 1, :now)
                on conflict (person_id, kind) do nothing
                returning version""" : """
                update notification_setting set delivery = :delivery, version = version + 1, changed_at = :now
                where person_id = :person and kind = :kind and version = :expected
                returning version""";
        return jdbc.sql(sql).param("person", personId).param("kind", kind.name())
                .param("delivery", delivery == null ? null : delivery.name(), Types.VARCHAR)
                .param("now", Timestamp.from(now)).param("expected", expectedVersion)
                .query(Long.class).optional();
    }

    /** Sets the kind's delivery whatever its version (the one-click unsubscribe); the new version. */
    public long force(long personId, NoticeKind kind, Delivery delivery, Instant now) {
        return jdbc.sql("""
                insert into notification_setting (person_id, kind, delivery, version, changed_at)
                values (:person, :kind, :delivery, 1, :now)
                on conflict (person_id, kind) do update set delivery = excluded.delivery,
                    version = notification_setting.version + 1, changed_at = excluded.changed_at
                returning version""")
                .param("person", personId).param("kind", kind.name()).param("delivery", delivery.name())
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Every kind of the person back to its default (the rows stay, their versions grow); how many changed. */
    public int reset(long personId, Instant now) {
        return jdbc.sql("""
                update notification_setting set delivery = null, version = version + 1, changed_at = ?
                where person_id = ? and delivery is not null""")
                .params(Timestamp.from(now), personId).update();
    }
}
