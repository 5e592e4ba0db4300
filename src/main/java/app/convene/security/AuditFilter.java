package app.convene.security;

import java.time.Instant;

/**
 * Which lines of the audit log to read; every part is optional (null: any). {@code action} is an action key
 * ({@code rsvp.cancelled}), {@code subjectType} the kind of record ({@code rsvp}); {@code from} is inclusive,
 * {@code until} exclusive.
 */
public record AuditFilter(Long initiativeId, Long actorId, String action, String subjectType, Instant from,
                          Instant until) {

    /** Every line. */
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
    }

    public AuditFilter inInitiative(Long id) {
        return new AuditFilter(id, actorId, action, subjectType, from, until);
    }

    public AuditFilter byActor(Long id) {
        return new AuditFilter(initiativeId, id, action, subjectType, from, until);
    }

    public AuditFilter ofAction(String key) {
        return new AuditFilter(initiativeId, actorId, key, subjectType, from, until);
    }

    public AuditFilter ofSubjectType(String type) {
        return new AuditFilter(initiativeId, actorId, action, type, from, until);
    }

    public AuditFilter between(Instant start, Instant end) {
        return new AuditFilter(initiativeId, actorId, action, subjectType, start, end);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
