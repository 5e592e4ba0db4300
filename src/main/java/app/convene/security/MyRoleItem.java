package app.convene.security;

import java.time.Instant;

/** One of the signed-in person's own roles, with the initiative it is in. */
public record MyRoleItem(long initiativeId, InitiativeRole role, Instant appointedAt) {
}
