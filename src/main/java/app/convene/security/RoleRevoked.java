package app.convene.security;

/**
 * Published inside the revoking transaction when a person loses a role in an initiative, so that
 * rights which rest on it (workgroup membership and leadership) end with it.
 *
 * @param lastRole whether the person now holds no role in the initiative at all
 */
public record RoleRevoked(long initiativeId, long personId, InitiativeRole role, boolean lastRole) {
}
