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
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        return toConveneUser(user);
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
