package app.convene.security.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.SiteSettingsService;
import app.convene.security.SiteSettingsService.Values;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The site's settings for administrators: name, contact, public address used in mail, registration default. */
@Route(value = SiteSettingsView.ROUTE, layout = MainLayout.class)
@PermitAll
class SiteSettingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/settings";

    private final SiteSettingsService settings;
    private final Authorization authorization;
    final TextField siteName = new TextField();
    final TextField contactAddress = new TextField();
    final TextField publicUrl = new TextField();
    final Checkbox registrationOpen = new Checkbox();
    final Button save = new Button();

    SiteSettingsView(SiteSettingsService settings, Authorization authorization) {
        this.settings = settings;
        this.authorization = authorization;
        addClassName("cv-page");
        siteName.setId("settings-site-name");
        siteName.setLabel(getTranslation("settings.siteName"));
        siteName.setRequiredIndicatorVisible(true);
        siteName.setMaxLength(100);
        contactAddress.setId("settings-contact-address");
        contactAddress.setLabel(getTranslation("settings.contactAddress"));
        contactAddress.setHelperText(getTranslation("settings.contactAddress.help"));
        contactAddress.setMaxLength(200);
        publicUrl.setId("settings-public-url");
        publicUrl.setLabel(getTranslation("settings.publicUrl"));
        publicUrl.setHelperText(getTranslation("settings.publicUrl.help"));
        publicUrl.setRequiredIndicatorVisible(true);
        registrationOpen.setId("settings-registration-open");
        registrationOpen.setLabel(getTranslation("settings.registrationOpen"));
        save.setId("settings-save");
        save.setText(getTranslation("settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        FieldErrors.manual(siteName, contactAddress, publicUrl);
        Div form = new Div(siteName, contactAddress, publicUrl, registrationOpen, save);
        form.addClassName("cv-form");
        add(new H1(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authorization.can(Action.MANAGE_SITE_SETTINGS, null)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        show(settings.forEditing());
    }

    private void show(Values values) {
        siteName.setValue(values.siteName());
        contactAddress.setValue(values.contactAddress());
        publicUrl.setValue(values.publicUrl());
        registrationOpen.setValue(values.registrationOpenByDefault());
    }

    void save() {
        FieldErrors.clear(siteName, contactAddress, publicUrl);
        try {
            show(settings.save(new Values(siteName.getValue(), contactAddress.getValue(), publicUrl.getValue(),
                    registrationOpen.getValue())));
            Notices.success(getTranslation("settings.saved"));
        } catch (ValidationError e) {
            Map<String, HasValidation> fields = Map.of("siteName", siteName, "contactAddress", contactAddress,
                    "publicUrl", publicUrl);
            HasValidation field = fields.getOrDefault(e.field(), siteName);
            FieldErrors.show(field, getTranslation(e.messageKey(), e.params()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · " + getTranslation("app.name");
    }
}
