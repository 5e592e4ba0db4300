package app.convene.security;

import java.time.Instant;

/** One line of the audit log as administrators read it. */
public record AuditEntry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                         Long initiativeId, String before, String after) {
}
