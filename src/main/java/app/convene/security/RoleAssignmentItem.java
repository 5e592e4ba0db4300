package app.convene.security;

import java.time.Instant;

/** One row of an initiative's "people and roles" list. */
public record RoleAssignmentItem(long id, long personId, String personName, String personEmail, InitiativeRole role,
                                 Instant appointedAt, String appointedBy) {
}
