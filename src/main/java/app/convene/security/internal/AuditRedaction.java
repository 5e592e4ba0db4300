package app.convene.security.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Replaces the texts that name a person (name, email) in the audit log with a label, in every text
 * column, as whole words in any letter case; lines the person made are labelled too. The database
 * allows this one change only inside a transaction that asked for it (changeset 0018).
 */
@Repository
public class AuditRedaction {

    private final JdbcClient jdbc;

    AuditRedaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many lines changed. */
    public int forget(long personId, Collection<String> texts, String label) {
        String pattern = pattern(texts);
        jdbc.sql("select set_config('convene.audit_redaction', 'on', true)").query().singleValue();
        int changed = jdbc.sql("""
                update audit_event set
                    actor_label = case when actor_id = :person then :label
                                       else regexp_replace(actor_label, :pattern, :label, 'gi') end,
                    subject_id = regexp_replace(subject_id, :pattern, :label, 'gi'),
                    before_state = regexp_replace(before_state, :pattern, :label, 'gi'),
                    after_state = regexp_replace(after_state, :pattern, :label, 'gi')
                where actor_id = :person or actor_label ~* :pattern or subject_id ~* :pattern
                    or before_state ~* :pattern or after_state ~* :pattern""")
                .param("person", personId).param("label", label).param("pattern", pattern).update();
        jdbc.sql("select set_config('convene.audit_redaction', 'off', true)").query().singleValue();
        return changed;
    }

    /** The texts as one case-insensitive regular expression of whole words, longest first. */
    public static String pattern(Collection<String> texts) {
        String alternatives = texts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> t.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"))
                .collect(Collectors.joining("|"));
        // A text that matches nothing when there is nothing to forget.
        return alternatives.isEmpty() ? "[^\\s\\S]" : "(?<![[:alnum:]_])(?:" + alternatives + ")(?![[:alnum:]_])";
    }
}
