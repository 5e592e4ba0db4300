package app.convene.notifications.internal;

import app.convene.security.AccountClosed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Closing an account: notices left for other people that name the person (e.g. "… asks to join")
 * name the label instead, with the same matching as the audit log's redaction, in the closing transaction.
 */
@Repository
class NoticeRedaction {

    private final JdbcClient jdbc;

    NoticeRedaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountClosed closed) {
        jdbc.sql("update notice set text = left(regexp_replace(text, :pattern, :label, 'gi'), 500) where text ~* :pattern")
                .param("pattern", closed.namePattern()).param("label", closed.label()).update();
    }
}
