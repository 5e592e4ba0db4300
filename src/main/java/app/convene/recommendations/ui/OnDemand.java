package app.convene.recommendations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part of the editor's page that is built, and asks the database for its content, only when the person opens it
 * (issue 19, decision 0050): a heading whose button shows or hides the part (the WAI-ARIA disclosure pattern:
 * {@code aria-expanded}, {@code aria-controls}, reached and pressed by keyboard like any button). Each opening shows
 * the part as saved now; while it is open, the page's refreshes draw it again. The content box, and the button's
 * {@code aria-controls} pointing at it, come with the first opening (optional in the pattern; issue 19: fewer state
 * nodes per open editor). The button is the browser's own {@code <button>} with its label as its content: one state
 * node, and none of a Vaadin button's per-instance controllers (issue 19, decision 0050).
 */
final class OnDemand<P extends Component> extends Section {

    final NativeButton toggle = new NativeButton();
    /** The part's box: made on the first opening (a closed part costs the page no state node for it). */
    private Div content;
    private final String id;
    private final Supplier<P> create;
    private Consumer<P> render = part -> { };
    private P part;

    OnDemand(String id, String headingKey, Supplier<P> create) {
        this.create = create;
        this.id = id;
        setId(id);
        addClassName("cv-on-demand");
        toggle.setId(id + "-toggle");
        TextOnly.show(toggle, getTranslation(headingKey));
        toggle.addClassName("cv-on-demand-toggle");
        toggle.addClickListener(click -> {
            if (isOpen()) {
                close();
            } else {
                open();
            }
        });
        add(new H2(toggle));
        close();
    }

    /** How the part is drawn as saved now: at once if it is open, else when it is next opened. */
    void render(Consumer<P> render) {
        this.render = render;
        if (isOpen()) {
            render.accept(part);
        }
    }

    /** Opens the part (building it the first time) and draws it as saved now; nothing happens if it is open. */
    P open() {
        if (!isOpen()) {
            if (content == null) {
                content = new Div();
                content.setId(id + "-content");
                add(content);
                toggle.getElement().setAttribute("aria-controls", id + "-content");
            }
            if (part == null) {
                part = create.get();
                content.add(part);
            }
            content.setVisible(true);
            toggle.getElement().setAttribute("aria-expanded", "true");
            render.accept(part);
        }
        return part;
    }

    void close() {
        if (content != null) {
            content.setVisible(false);
        }
        toggle.getElement().setAttribute("aria-expanded", "false");
    }

    boolean isOpen() {
        return content != null && content.isVisible();
    }

    /** The part if it was ever opened (built); empty while nobody opened it. */
    Optional<P> built() {
        return Optional.ofNullable(part);
    }

    /** Closes the part and forgets it (another recommendation in the same page). */
    void reset() {
        close();
        if (content != null) {
            remove(content);
            content = null;
            toggle.getElement().removeAttribute("aria-controls");
        }
        part = null;
        render = p -> { };
    }
}
