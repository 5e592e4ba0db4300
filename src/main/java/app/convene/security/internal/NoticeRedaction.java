package app.convene.security.internal;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Closing an account: notices left for other people that name the person (e.g. "… asks to join")
 * name the label instead, with the same matching as the audit log's redaction.
 */
@Repository
public class NoticeRedaction {

    private final JdbcClient jdbc;

    NoticeRedaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many notices changed. */
    public int forget(Collection<String> texts, String label) {
        String pattern = AuditRedaction.pattern(texts);
        return jdbc.sql("update notice set text = left(regexp_replace(text, :pattern, :label, 'gi'), 500) where text ~* :pattern")
                .param("pattern", pattern).param("label", label).update();
    }
}
