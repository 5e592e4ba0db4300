package app.convene.security;

import app.convene.shared.i18n.ConveneI18NProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After Spring Security has validated the ID token (issuer, audience, signature, expiry, subject),
 * finds or creates the person by the token's {@code sub}, keeps name and email (and its
 * {@code email_verified} claim: only a verified email links to a registration) in step, and marks
 * holders of the realm role {@code portal-admin} as administrators.
 */
@Component
class ConveneOidcUserService extends OidcUserService {

    static final String ADMIN_REALM_ROLE = "portal-admin";
    static final String REALM_ROLES_CLAIM = "realm_roles";

    private final PersonService persons;

    ConveneOidcUserService(PersonService persons) {
        this.persons = persons;
        setRetrieveUserInfo(request -> !carriesWhatConveneReads(request.getIdToken()));
    }

    /**
     * Whether the ID token itself carries every claim Convene reads at sign-in (decision 0053): then the user-info
     * call, a second back-channel round trip to Keycloak, adds nothing. The ID token was just checked (signature,
     * issuer, audience, expiry) and minted by the same Keycloak a moment ago. Keycloak puts {@code preferred_username}
     * (scope profile) and {@code email_verified} (scope email) in every ID token of Convene's client, and the realm's
     * mapper puts {@code realm_roles} there (it always holds the realm's default role); a token without one of them
     * (another realm set-up) makes Convene ask the user-info endpoint as before.
     */
    static boolean carriesWhatConveneReads(OidcIdToken idToken) {
        return idToken != null && idToken.hasClaim(StandardClaimNames.PREFERRED_USERNAME)
                && idToken.hasClaim(StandardClaimNames.EMAIL_VERIFIED) && idToken.hasClaim(REALM_ROLES_CLAIM);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return toConveneUser(fromKeycloak(request));
    }

    /** The user as Spring Security builds it from the checked ID token (and the user-info answer, if asked). */
    OidcUser fromKeycloak(OidcUserRequest request) {
        return super.loadUser(request);
    }

    ConveneUser toConveneUser(OidcUser user) {
        String subject = user.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token", "The token names no subject", null));
        }
        if (user.getIssuer() == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token", "The token names no issuer", null));
        }
        List<String> realmRoles = user.getClaimAsStringList(REALM_ROLES_CLAIM);
        boolean administrator = realmRoles != null && realmRoles.contains(ADMIN_REALM_ROLE);
        Actor actor = persons.signedIn(user.getIssuer().toString(), subject, displayName(user), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), administrator, sessionLanguage());
        Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (administrator) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return new ConveneUser(authorities, user.getIdToken(), user.getUserInfo(), actor);
    }

    /** The language of the browser session signing in (chosen in the header, else the browser's), if any. */
    private static Locale sessionLanguage() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? ConveneI18NProvider.chosen(request.getRequest()) : null;
    }

    private static String displayName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        if (user.getPreferredUsername() != null) {
            return user.getPreferredUsername();
        }
        return user.getSubject();
    }
}
