package app.convene.initiatives;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the pages of a draft or an archived initiative say at their top: "Draft — only members see this page",
 * or "Archived: read-only". A published initiative has none.
 */
public final class InitiativeStatusBanner extends Div {

    private InitiativeStatusBanner(InitiativeStatus status, Component... actions) {
        setId("initiative-status-banner");
        addClassName("cv-status-banner");
        add(new Paragraph(getTranslation("initiative.banner." + status.name())));
        add(actions);
    }

    /** The banner for the status, if it needs one, with the actions the viewer may take (e.g. Publish). */
    public static java.util.Optional<InitiativeStatusBanner> of(InitiativeStatus status, Component... actions) {
        if (status == InitiativeStatus.PUBLISHED) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new InitiativeStatusBanner(status, actions));
    }
}
