package app.convene.stakeholders.ui;

import app.convene.shared.ValidationError;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.stakeholders.RegistrationConfirmations;
import app.convene.stakeholders.RegistrationConfirmations.Confirmation;
import app.convene.stakeholders.RegistrationConfirmations.LinkState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page a mailed confirmation link opens: it says what the link is for and applies the kept
 * answers only when the person presses the button (mail scanners that open links change nothing).
 * An unknown, used or expired link changes nothing and says so.
 */
@Route(value = RegistrationConfirmations.LINK_PATH + "/:token", layout = MainLayout.class)
@AnonymousAllowed
class ConfirmRegistrationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationConfirmations confirmations;
    private String token;
    final Button confirm = new Button();
    final FormError formError = new FormError();
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    ConfirmRegistrationView(RegistrationConfirmations confirmations) {
        this.confirmations = confirmations;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Confirmation link = confirmations.check(token);
        add(new H1(getTranslation("join.confirm.title")));
        if (link.state() != LinkState.VALID) {
            refused(link);
            return;
        }
        confirm.setText(getTranslation("join.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-registration");
        if (!wired) {
            confirm.addClickListener(click -> confirm());
            wired = true;
        }
        add(new Paragraph(getTranslation("join.confirm.intro", link.initiativeName())), formError, confirm);
    }

    void confirm() {
        formError.clear();
        Confirmation done;
        try {
            done = confirmations.confirm(token);
        } catch (ValidationError e) {
            formError.show(getTranslation(e.messageKey(), e.params()));
            return;
        }
        removeAll();
        add(new H1(getTranslation("join.confirm.title")));
        if (done.state() != LinkState.VALID) {
            refused(done);
            return;
        }
        Div result = new Div(new Paragraph(getTranslation("join.done." + done.outcome().name(), done.initiativeName())),
                new Anchor(StakeholderAddresses.initiative(done.initiativeSlug()),
                        getTranslation("join.done.back", done.initiativeName())));
        result.addClassName("cv-confirmation");
        result.getElement().setAttribute("role", "status");
        add(result);
    }

    private void refused(Confirmation link) {
        Paragraph message = new Paragraph(getTranslation("join.confirm." + link.state().name(), link.initiativeName()));
        message.addClassName("cv-confirmation-refused");
        message.getElement().setAttribute("role", "alert");
        add(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.confirm.title") + " · " + getTranslation("app.name");
    }
}
