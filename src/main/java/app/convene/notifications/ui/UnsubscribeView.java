package app.convene.notifications.ui;

import app.convene.notifications.Delivery;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.Unsubscribe;
import app.convene.notifications.NotificationSettingsService;
import app.convene.shared.ui.MainLayout;
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
 * The page of a mail's unsubscribe link, signed in or not: says which kind of notice the link turns off (a duty:
 * moves to the weekly digest) and does it when asked; an expired or altered link says so and changes nothing.
 * Mail programs' one-click POST to the same address is answered by {@code UnsubscribeOneClick}.
 */
@Route(value = "unsubscribe/:token", layout = MainLayout.class)
@AnonymousAllowed
class UnsubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationSettingsService settings;
    final Paragraph message = new Paragraph();
    final Button confirm = new Button();
    private String token;

    UnsubscribeView(NotificationSettingsService settings) {
        this.settings = settings;
        addClassName("cv-page");
        message.setId("unsubscribe-message");
        message.getElement().setAttribute("role", "status");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> unsubscribe());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        confirm.setText(getTranslation("unsubscribe.confirm"));
        add(new H1(getTranslation("unsubscribe.title")), message);
        switch (settings.preview(token)) {
            case Unsubscribe.Done(NoticeKind kind, Delivery current, Delivery ignored) -> {
                if (current == target(kind)) {
                    message.setText(getTranslation("unsubscribe.already", name(kind), delivery(current)));
                } else {
                    message.setText(getTranslation(kind.duty() ? "unsubscribe.questionDuty" : "unsubscribe.question",
                            name(kind), delivery(current)));
                    confirm.setVisible(true);
                    add(confirm);
                }
            }
            case Unsubscribe.Expired(NoticeKind kind) -> refused(getTranslation("unsubscribe.expired", name(kind)));
            case Unsubscribe.Invalid() -> refused(getTranslation("unsubscribe.invalid"));
        }
    }

    private void unsubscribe() {
        Unsubscribe outcome = settings.unsubscribe(token);
        confirm.setVisible(false);
        switch (outcome) {
            case Unsubscribe.Done(NoticeKind kind, Delivery before, Delivery after) ->
                    message.setText(getTranslation(kind.duty() ? "unsubscribe.doneDuty" : "unsubscribe.done", name(kind)));
            case Unsubscribe.Expired(NoticeKind kind) -> refused(getTranslation("unsubscribe.expired", name(kind)));
            case Unsubscribe.Invalid() -> refused(getTranslation("unsubscribe.invalid"));
        }
    }

    private void refused(String text) {
        message.setText(text);
        add(new Anchor(NotificationSettingsView.ROUTE, getTranslation("unsubscribe.settings")));
    }

    private static Delivery target(NoticeKind kind) {
        return kind.duty() ? Delivery.WEEKLY : Delivery.OFF;
    }

    private String name(NoticeKind kind) {
        return getTranslation("notifications.kind." + kind.name());
    }

    private String delivery(Delivery delivery) {
        return getTranslation("notifications.delivery." + delivery.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " · " + getTranslation("app.name");
    }
}
