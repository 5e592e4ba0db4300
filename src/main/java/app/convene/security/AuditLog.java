package app.convene.security;

import app.convene.security.internal.AuditEvent;
import app.convene.security.internal.AuditEventRepository;
import app.convene.security.internal.AuditQueries;
import app.convene.security.internal.AuditRedaction;
import app.convene.shared.csv.Csv;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change: who, when, what, before and after. A change and its
 * audit line commit together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEventRepository events;
    private final AuditRedaction redaction;
    private final Authorization authorization;
    private final AuditQueries queries;
    private final InitiativeNames initiatives;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditRedaction redaction, Authorization authorization, AuditQueries queries,
             InitiativeNames initiatives, Clock clock) {
        this.events = events;
        this.redaction = redaction;
        this.authorization = authorization;
        this.queries = queries;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    /** Records a change made by the current actor, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, Long initiativeId, Object before, Object after) {
        Actor actor = authorization.currentActor().orElse(null);
        record(actor, action, subjectType, subjectId, initiativeId, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String subjectType, Object subjectId, Long initiativeId,
                       Object before, Object after) {
        events.save(new AuditEvent(clock.instant(), actor == null ? null : actor.personId(),
                actor == null ? "anonymous" : actor.name(), action, subjectType,
                subjectId == null ? null : subjectId.toString(), initiativeId,
                before == null ? null : Objects.toString(before), after == null ? null : Objects.toString(after)));
    }

    /**
     * Closing an account: the texts that name the person (their names and emails) are replaced by
     * {@code label} in every line, and the lines they made are labelled so; who did what stays by id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void forget(long personId, Collection<String> names, String label) {
        events.flush();
        redaction.forget(personId, names, label);
    }

    /** The log, newest first, a page at a time (administrators). */
    public Slice<AuditEntry> list(Pageable pageable) {
        authorization.check(Action.VIEW_AUDIT_LOG, null);
        return events.findNewestFirst(pageable).map(e -> new AuditEntry(e.getId(), e.getOccurredAt(), e.getActorLabel(),
                e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getInitiativeId(), e.getBeforeState(),
                e.getAfterState()));
    }

    /** The lines the filter matches, newest first, from {@code offset} (administrators). */
    public List<AuditEntry> list(AuditFilter filter, long offset, int limit) {
        authorization.check(Action.VIEW_AUDIT_LOG, null);
        return queries.page(filter, offset, Math.clamp(limit, 1, 500));
    }

    /** The CSV columns: stored codes, not words, so that a spreadsheet can filter them. */
    public static final List<String> CSV_HEADER = List.of("id", "occurred_at", "actor", "action", "subject_type",
            "subject_id", "initiative_id", "before", "after");

    /**
     * Writes every line the filter matches as CSV, newest first, read in batches as it is written (administrators).
     * The stream is left open.
     */
    public void export(AuditFilter filter, OutputStream out) {
        authorization.check(Action.VIEW_AUDIT_LOG, null);
        Csv.CsvWriter csv = Csv.writer(out).row(CSV_HEADER);
        queries.forEach(filter, 1000, e -> csv.row(java.util.Arrays.asList(String.valueOf(e.id()), e.at().toString(),
                e.actor(), e.action(), e.subjectType(), e.subjectId(),
                e.initiativeId() == null ? null : e.initiativeId().toString(), e.before(), e.after())));
        csv.close();
    }

    /** Initiatives to filter by, whatever their status (administrators). */
    public List<AuditChoice> initiatives(String text, int offset, int limit) {
        authorization.check(Action.VIEW_AUDIT_LOG, null);
        return initiatives.find(text == null ? "" : text.strip(), offset, Math.clamp(limit, 1, 200));
    }

    public Optional<String> initiativeName(long initiativeId) {
        authorization.check(Action.VIEW_AUDIT_LOG, null);
        return initiatives.name(initiativeId);
    }

    /** People to filter by (whoever made changes), closed accounts included (administrators). */
    public List<AuditChoice> people(String text, int offset, int limit) {
        authorization.check(Action.VIEW_AUDIT_LOG, null);
        return queries.people(text == null ? "" : text.strip(), offset, Math.clamp(limit, 1, 200));
    }

    public Optional<String> personName(long personId) {
        authorization.check(Action.VIEW_AUDIT_LOG, null);
        return queries.personLabel(personId);
    }
}
