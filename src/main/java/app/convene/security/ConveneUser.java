package app.convene.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The signed-in person: the OIDC user from Keycloak plus who they are in Convene. */
class ConveneUser extends DefaultOidcUser implements Authorization.ActorPrincipal {

    private final Actor actor;

    ConveneUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                Actor actor) {
        super(authorities, idToken, userInfo, "sub");
        this.actor = actor;
    }

    @Override
    public Actor actor() {
        return actor;
    }
}
