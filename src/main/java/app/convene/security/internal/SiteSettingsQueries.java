package app.convene.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one stored row of site settings. */
@Repository
public class SiteSettingsQueries {

    /** The stored values, as saved. */
    public record Row(String siteName, String contactAddress, String publicUrl, boolean registrationOpenByDefault) {
    }

    private final JdbcClient jdbc;

    SiteSettingsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find() {
        return jdbc.sql("""
                select site_name, contact_address, public_url, registration_open_by_default
                from site_settings where id = 1""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    public void store(Row row, Instant now) {
        jdbc.sql("""
                insert into site_settings (id, site_name, contact_address, public_url, registration_open_by_default,
                    updated_at)
                values (1, ?, ?, ?, ?, ?)
                on conflict (id) do update set site_name = excluded.site_name,
                    contact_address = excluded.contact_address, public_url = excluded.public_url,
                    registration_open_by_default = excluded.registration_open_by_default,
                    updated_at = excluded.updated_at""")
                .params(row.siteName(), row.contactAddress(), row.publicUrl(), row.registrationOpenByDefault(),
                        Timestamp.from(now))
                .update();
    }
}
