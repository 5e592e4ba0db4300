package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.notifications.NotificationSettingsService;
import app.convene.security.KeycloakAccounts;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.LanguageSelect;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.stakeholders.MyProfile;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.ProfileService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;

/** A stakeholder's own profile: edit it, download all data held on them, or close the account. */
@Route(value = "initiatives/:slug/profile", layout = MainLayout.class)
@PermitAll
class ProfileView extends InitiativePage {

    private final ProfileService profiles;
    private final OrganizationService organizations;
    private final Validator validator;
    private final AuthenticationContext authentication;
    private final NotificationSettingsService notificationSettings;
    private MyProfile profile;

    StakeholderForm form;
    final Button save = new Button();
    final FormError formError = new FormError();
    final Button close = new Button();
    /** The language of the person's mail and notices (kept on the person, not on this initiative's profile). */
    final LanguageSelect language;
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    ProfileView(InitiativeDirectory initiatives, ProfileService profiles, OrganizationService organizations,
                Validator validator, AuthenticationContext authentication,
                NotificationSettingsService notificationSettings) {
        super(initiatives);
        this.notificationSettings = notificationSettings;
        this.language = new LanguageSelect(notificationSettings::changeMyLanguage);
        this.profiles = profiles;
        this.organizations = organizations;
        this.validator = validator;
        this.authentication = authentication;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return true;
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        Optional<MyProfile> mine = profiles.mine(initiative.id());
        removeAll();
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("profile.title")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("profile.none", initiative.name())),
                    new Anchor(initiativePath() + "/join", getTranslation("initiative.join")));
            if (profiles.myEmailUnverified()) {
                Paragraph unverified = new Paragraph(getTranslation("profile.unverifiedEmail"));
                unverified.addClassName("cv-unverified-email");
                add(unverified);
            }
            return;
        }
        profile = mine.get();
        render();
    }

    private void render() {
        add(new Paragraph(getTranslation("profile.intro")));
        // A retired goal stays only where the person already chose it, so saving keeps their interest.
        form = new StakeholderForm(organizations, initiative.goals().stream()
                .filter(g -> !g.retired() || profile.goalIds().contains(g.id())).toList());
        form.fill(profile);
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(formError, save);

        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName("convene-my-data.json");
            event.setContentType("application/json");
            event.getOutputStream().write(profiles.myData());
        }, getTranslation("profile.download"));
        close.setText(getTranslation("profile.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (!wired) {
            save.addClickListener(click -> save());
            close.addClickListener(click -> confirmClose());
            wired = true;
        }
        language.show(notificationSettings.myLanguage());
        Anchor notifications = new Anchor("my/notifications", getTranslation("my.notificationSettings"));
        Div yourData = new Div(new H2(getTranslation("profile.yourData")), language, notifications,
                new Paragraph(getTranslation("profile.yourData.text")), download, new Paragraph(getTranslation("profile.close.text")), close);
        yourData.addClassName("cv-detail");
        add(form, yourData);
    }

    void save() {
        formError.clear();
        NewRegistration changes = form.read();
        Set<ConstraintViolation<NewRegistration>> violations = validator.validate(changes);
        if (!violations.isEmpty()) {
            Component first = form.show(violations);
            formError.show(getTranslation("common.errorSummary", violations.size()));
            if (first != null) {
                first.getElement().callJsFunction("focus");
            }
            return;
        }
        try {
            profiles.update(initiative.id(), profile.version(), changes);
        } catch (OptimisticLockingFailureException e) {
            // Keep what was typed; say what happened.
            formError.show(getTranslation("profile.conflict"));
            return;
        } catch (ValidationError e) {
            if (!form.show(e)) {
                formError.show(getTranslation(e.messageKey(), e.params()));
            }
            return;
        }
        profile = profiles.mine(initiative.id()).orElseThrow();
        Notices.success(getTranslation("profile.saved"));
    }

    private void confirmClose() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("profile.close.title"),
                getTranslation("profile.close.confirm"), getTranslation("profile.close"), yes -> closeAccount());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void closeAccount() {
        try {
            profiles.closeMyAccount();
        } catch (KeycloakAccounts.KeycloakUnavailableException e) {
            formError.setText(getTranslation("profile.close.keycloakDown"));
            formError.setVisible(true);
            return;
        }
        authentication.logout();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("profile.title");
    }
}
