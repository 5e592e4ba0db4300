package app.convene.security;

import app.convene.security.internal.AuditEvent;
import app.convene.security.internal.AuditEventRepository;
import app.convene.security.internal.AuditRedaction;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
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
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditRedaction redaction, Authorization authorization, Clock clock) {
        this.events = events;
        this.redaction = redaction;
        this.authorization = authorization;
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
}
