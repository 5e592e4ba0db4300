package app.convene.security.ui;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.shared.ui.HeaderPart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The header's person area: sign in, or the signed-in name, their roles here, and sign out. */
class UserMenu extends Div implements HeaderPart {

    static final String SIGN_IN_URL = "/oauth2/authorization/keycloak";

    private final Authorization authorization;
    private final AuthenticationContext authentication;
    private final Span roles = new Span();

    UserMenu(Authorization authorization, AuthenticationContext authentication) {
        this.authorization = authorization;
        this.authentication = authentication;
        addClassName("cv-user");
        Optional<Actor> actor = authorization.currentActor();
        if (actor.isEmpty()) {
            Anchor signIn = new Anchor(SIGN_IN_URL, getTranslation("user.signIn"));
            signIn.setRouterIgnore(true);
            signIn.addClassName("cv-sign-in");
            add(signIn);
            return;
        }
        Span name = new Span(actor.get().name());
        name.addClassName("cv-user-name");
        roles.addClassName("cv-user-roles");
        roles.setVisible(false);
        add(name, roles);
        if (actor.get().administrator()) {
            Anchor audit = new Anchor(AuditLogView.ROUTE, getTranslation("audit.title"));
            audit.addClassName("cv-admin-link");
            add(audit);
        }
        Button signOut = new Button(getTranslation("user.signOut"), click -> this.authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("cv-sign-out");
        add(signOut);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void showInitiative(Long initiativeId) {
        Set<InitiativeRole> held = initiativeId == null ? Set.of() : authorization.rolesIn(initiativeId);
        Optional<Actor> actor = authorization.currentActor();
        String text = held.stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(" · "));
        if (actor.isPresent() && actor.get().administrator()) {
            text = text.isEmpty() ? getTranslation("role.ADMINISTRATOR")
                    : getTranslation("role.ADMINISTRATOR") + " · " + text;
        }
        roles.setText(text);
        roles.setVisible(!text.isEmpty());
        roles.getElement().setAttribute("title", getTranslation("user.rolesHere"));
    }
}
