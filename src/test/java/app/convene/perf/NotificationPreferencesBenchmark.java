package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.notifications.Delivery;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.internal.NotificationPreferences;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The delivery of a notice (asked for every notice) with 10,000 people who each changed every kind: one lookup by
 * the primary key. Prints the median of 1,000 lookups per batch and the plan's use of the key.
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = "convene.demo.enabled=false")
class NotificationPreferencesBenchmark {

    @Autowired
    NotificationPreferences preferences;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deliveryForAmong120000Settings() {
        jdbc.update("""
                insert into person (issuer, subject, display_name, administrator, created_at)
                select 'bench', 'bench-settings-' || g, 'Bench ' || g, false, now() from generate_series(1, 10000) g""");
        jdbc.update("""
                insert into notification_setting (person_id, kind, delivery, version, changed_at)
                select p.id, k.kind, 'WEEKLY', 1, now() from person p
                cross join unnest(?::text[]) k(kind) where p.issuer = 'bench'""",
                (Object) java.util.Arrays.stream(NoticeKind.values()).map(Enum::name).toArray(String[]::new));
        jdbc.execute("analyze notification_setting");
        long person = jdbc.queryForObject("select max(id) from person where issuer = 'bench'", Long.class);
        assertThat(preferences.deliveryFor(person, NoticeKind.COMMENT)).isEqualTo(Delivery.WEEKLY);
        String plan = String.join("\n", jdbc.queryForList(
                "explain select delivery from notification_setting where person_id = " + person + " and kind = 'COMMENT'",
                String.class));
        assertThat(plan).contains("notification_setting_pkey");

        double thousand = Perf.medianMillis(3, 15, () -> {
            for (int i = 0; i < 1000; i++) {
                preferences.deliveryFor(person - (i % 10000), NoticeKind.values()[i % NoticeKind.values().length]);
            }
        });
        Perf.report("notification_delivery_lookup", thousand, "us"); // 1,000 lookups in ms = one lookup in µs
    }
}
