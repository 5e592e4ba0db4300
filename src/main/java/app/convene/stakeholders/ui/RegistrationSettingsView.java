package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.SiteSettings;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.stakeholders.RegistrationSettings;
import app.convene.stakeholders.RegistrationSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Coordinators open or close their initiative's public registration (or leave it to the site's default)
 * and write the short text the Join page shows, with an optional Spanish version.
 */
@Route(value = "initiatives/:slug/registration-settings", layout = MainLayout.class)
@PermitAll
class RegistrationSettingsView extends InitiativePage {

    /** Open, closed, or whatever the site's default says. */
    enum Choice { DEFAULT, OPEN, CLOSED }

    private final RegistrationSettingsService settings;
    private final SiteSettings site;
    private final Authorization authorization;

    RadioButtonGroup<Choice> open;
    TextArea text;
    TextArea textEs;
    FormError message;
    Button save;

    RegistrationSettingsView(InitiativeDirectory initiatives, RegistrationSettingsService settings, SiteSettings site,
                             Authorization authorization) {
        super(initiatives);
        this.settings = settings;
        this.site = site;
        this.authorization = authorization;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_STAKEHOLDERS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        RegistrationSettings current = settings.settings(initiative.id());
        open = new RadioButtonGroup<>(getTranslation("registrationSettings.open"));
        open.setItems(Choice.values());
        open.setItemLabelGenerator(c -> c == Choice.DEFAULT
                ? getTranslation("registrationSettings.choice.DEFAULT",
                        getTranslation(site.registrationOpenByDefault() ? "registrationSettings.isOpen" : "registrationSettings.isClosed"))
                : getTranslation("registrationSettings.choice." + c.name()));
        open.setValue(current.chosen() == null ? Choice.DEFAULT : current.chosen() ? Choice.OPEN : Choice.CLOSED);
        open.setId("registration-open");
        text = area("registrationSettings.text", "registration-text", current.text());
        text.setHelperText(getTranslation("registrationSettings.text.help"));
        textEs = area("registrationSettings.textEs", "registration-text-es", current.textEs());
        message = new FormError();
        FieldErrors.manual(text, textEs);
        save = new Button(getTranslation("registrationSettings.save"), click -> save());
        save.setId("registration-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save);
        buttons.addClassName("cv-buttons");
        Div form = new Div(open, text, textEs, message, buttons);
        form.addClassName("cv-detail");
        add(breadcrumb(StakeholderAddresses.initiative(initiative.slug()), initiative.name()),
                new H1(getTranslation("registrationSettings.title")),
                new Paragraph(getTranslation("registrationSettings.intro")), form);
    }

    private TextArea area(String labelKey, String id, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(RegistrationSettingsService.TEXT_MAX);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        area.setId(id);
        return area;
    }

    void save() {
        message.clear();
        FieldErrors.clear(text, textEs);
        Choice choice = open.getValue() == null ? Choice.DEFAULT : open.getValue();
        try {
            settings.save(initiative.id(), choice == Choice.DEFAULT ? null : choice == Choice.OPEN, text.getValue(),
                    textEs.getValue());
        } catch (ValidationError e) {
            String shown = getTranslation(e.messageKey(), e.params());
            if ("textEs".equals(e.field())) {
                FieldErrors.show(textEs, shown);
            } else if ("text".equals(e.field())) {
                FieldErrors.show(text, shown);
            } else {
                message.show(shown);
            }
            return;
        }
        Notices.success(getTranslation(settings.settings(initiative.id()).open() ? "registrationSettings.savedOpen"
                : "registrationSettings.savedClosed"));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("registrationSettings.title") + " · " + initiative.name();
    }
}
