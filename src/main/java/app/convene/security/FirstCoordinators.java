package app.convene.security;

import app.convene.shared.FreeText;
import app.convene.shared.SiteSettings;
import app.convene.shared.ValidationError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appoints a coordinator by email (administrators): the first coordinators of a new initiative are often
 * not known to Convene yet. The way in is the one registration approval takes: Keycloak finds or creates the
 * account (a new one unverified, with one mailed link that verifies the email and sets the password), Convene
 * knows the person by that account, and the appointment is audited as the administrator.
 */
@Service
@Transactional(readOnly = true)
public class FirstCoordinators {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final Authorization authorization;
    private final KeycloakAccounts accounts;
    private final PersonService persons;
    private final RoleService roles;
    private final SiteSettings site;

    FirstCoordinators(Authorization authorization, KeycloakAccounts accounts, PersonService persons, RoleService roles,
                      SiteSettings site) {
        this.authorization = authorization;
        this.accounts = accounts;
        this.persons = persons;
        this.roles = roles;
        this.site = site;
    }

    /** What appointing by email did: whether Keycloak made a new account, and whether the role is new. */
    public record Outcome(long personId, boolean accountCreated, boolean appointed) {
    }

    /**
     * Makes the person with this email a coordinator of the initiative, with an account if they have none.
     *
     * @throws ValidationError by the field: {@code name} empty or over 200 characters, {@code email} not an email
     * @throws KeycloakAccounts.KeycloakUnavailableException Keycloak cannot be reached (nothing changes)
     */
    @Transactional
    public Outcome appointByEmail(long initiativeId, String name, String email) {
        authorization.check(Action.APPOINT_COORDINATOR, initiativeId);
        String cleanName = FreeText.checked("name", name == null ? "" : name.strip());
        String cleanEmail = FreeText.checked("email", email == null ? "" : email.strip());
        if (cleanName.isEmpty()) {
            throw new ValidationError("name", "coordinators.error.nameRequired");
        }
        if (cleanName.length() > 200) {
            throw new ValidationError("name", "error.tooLong", 200);
        }
        if (cleanEmail.length() > 254 || !cleanEmail.matches(EMAIL)) {
            throw new ValidationError("email", "coordinators.error.email");
        }
        KeycloakAccounts.Account account = accounts.ensureAccount(cleanEmail, cleanName, site.publicUrl() + "/");
        long personId = persons.provisionForCoordinator(initiativeId, account.subject(), cleanName, cleanEmail);
        boolean appointed = roles.appoint(initiativeId, personId, InitiativeRole.COORDINATOR);
        return new Outcome(personId, account.created(), appointed);
    }
}
