package app.convene.security;

import java.io.Serializable;

/**
 * Who is acting: a signed-in person, or the system itself (start-up tasks such as demo content).
 *
 * @param personId      the person's id, null for the system
 * @param name          what the audit log and the header show
 * @param administrator holds Keycloak's realm role {@code portal-admin}
 */
public record Actor(Long personId, String name, boolean administrator) implements Serializable {

    public static final Actor SYSTEM = new Actor(null, "Convene (system)", false);

    public boolean isSystem() {
        return personId == null;
    }
}
