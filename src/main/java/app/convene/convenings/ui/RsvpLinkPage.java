package app.convene.convenings.ui;

import app.convene.convenings.RsvpService.LinkOutcome;
import app.convene.convenings.RsvpService.LinkState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.function.Function;

/**
 * The page a mailed RSVP link opens. It changes nothing until the person presses the button (mail
 * scanners that open links change nothing); a used, expired or unknown link says so.
 */
abstract class RsvpLinkPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;
    private final Function<String, LinkOutcome> follow;
    final Button button = new Button();
    private String token;
    private boolean wired;

    RsvpLinkPage(String titleKey, String buttonKey, String buttonId, Function<String, LinkOutcome> follow) {
        this.titleKey = titleKey;
        this.follow = follow;
        addClassName("cv-page");
        button.setText(getTranslation(buttonKey));
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        if (!wired) {
            button.addClickListener(click -> follow());
            wired = true;
        }
        add(new H1(getTranslation(titleKey)), button);
    }

    void follow() {
        LinkOutcome outcome = follow.apply(token);
        removeAll();
        add(new H1(getTranslation(titleKey)));
        Paragraph message;
        if (outcome.state() == LinkState.DONE) {
            message = new Paragraph(getTranslation("rsvp.link.done." + outcome.status().name(), outcome.conveningTitle(),
                    outcome.waitlistRank() == null ? 0 : outcome.waitlistRank()));
            message.getElement().setAttribute("role", "status");
        } else {
            message = new Paragraph(getTranslation("rsvp.link." + outcome.state().name()));
            message.getElement().setAttribute("role", "alert");
        }
        message.setId("rsvp-link-result");
        add(message);
        if (outcome.conveningId() != null) {
            Anchor back = new Anchor("convenings/" + outcome.conveningId(), outcome.conveningTitle());
            back.setId("rsvp-link-convening");
            add(new Paragraph(back));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
