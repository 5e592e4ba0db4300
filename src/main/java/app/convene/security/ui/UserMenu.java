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
    /** The signed-in person's roles in the page's initiative; in the menu only when there are some. */
    private final Span roles = new Span();
    private Actor shownFor;

    UserMenu(Authorization authorization, AuthenticationContext authentication) {
        this.authorization = authorization;
        this.authentication = authentication;
        addClassName("cv-user");
        roles.addClassName("cv-user-roles");
    }

    /**
     * Built for who is signed in (when the layout is, and again only if that changes); afterwards only the roles
     * change, with the page's initiative.
     */
    private void render(Long initiativeId) {
        removeAll();
        Optional<Actor> actor = authorization.currentActor();
        shownFor = actor.orElse(null);
        if (actor.isEmpty()) {
            Anchor signIn = new Anchor(SIGN_IN_URL, getTranslation("user.signIn"));
            signIn.setRouterIgnore(true);
            signIn.addClassName("cv-sign-in");
            add(signIn);
            return;
        }
        Span name = new Span(actor.get().name());
        name.addClassName("cv-user-name");
        add(name);
        roles.getElement().setAttribute("title", getTranslation("user.rolesHere"));
        showRoles(initiativeId);
        Anchor workgroups = new Anchor("my/workgroups", getTranslation("my.workgroups"));
        workgroups.addClassName("cv-admin-link");
        Anchor convenings = new Anchor("my/convenings", getTranslation("my.convenings"));
        convenings.setId("my-convenings-link");
        convenings.addClassName("cv-admin-link");
        Anchor notificationSettings = new Anchor("my/notifications", getTranslation("my.notificationSettings"));
        notificationSettings.setId("notification-settings-link");
        notificationSettings.addClassName("cv-admin-link");
        add(workgroups, convenings, notificationSettings);
        if (actor.get().administrator()) {
            Anchor initiatives = new Anchor("admin/initiatives", getTranslation("admin.initiatives.title"));
            initiatives.setId("admin-initiatives-link");
            Anchor settings = new Anchor(SiteSettingsView.ROUTE, getTranslation("settings.title"));
            settings.setId("admin-settings-link");
            Anchor audit = new Anchor(AuditLogView.ROUTE, getTranslation("audit.title"));
            // the notifications module's page (undeliverable mail); named by its route, as security cannot depend on it
            Anchor mail = new Anchor("admin/mail", getTranslation("mailAdmin.title"));
            mail.setId("admin-mail-link");
            mail.addClassName("cv-admin-link");
            initiatives.addClassName("cv-admin-link");
            settings.addClassName("cv-admin-link");
            audit.addClassName("cv-admin-link");
            // the analytics module's page, named by its route as well
            Anchor dashboard = new Anchor("admin/dashboard", getTranslation("admin.dashboard.link"));
            dashboard.setId("admin-dashboard-link");
            dashboard.addClassName("cv-admin-link");
            add(initiatives, settings, audit, mail, dashboard);
        }
        Button signOut = new Button(getTranslation("user.signOut"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("cv-sign-out");
        add(signOut);
    }

    private String roleText(Actor actor, Long initiativeId) {
        Set<InitiativeRole> held = initiativeId == null ? Set.of() : authorization.rolesIn(initiativeId);
        String text = held.stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(" · "));
        if (actor.administrator()) {
            text = text.isEmpty() ? getTranslation("role.ADMINISTRATOR") : getTranslation("role.ADMINISTRATOR") + " · " + text;
        }
        return text;
    }

    @Override
    public Component component() {
        return this;
    }

    /** The roles line right after the name, or none when the person holds no role here. */
    private void showRoles(Long initiativeId) {
        String text = roleText(shownFor, initiativeId);
        if (text.isEmpty()) {
            remove(roles);
            return;
        }
        roles.setText(text);
        if (roles.getParent().isEmpty()) {
            addComponentAtIndex(1, roles);
        }
    }

    @Override
    public void showReader(Long initiativeId) {
        render(initiativeId);
    }

    @Override
    public void showInitiative(Long initiativeId) {
        if (shownFor != null) {
            showRoles(initiativeId);
        }
    }
}
