package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Section;

/** A titled section of a page: a landmark named by its heading, with an id to link to. */
public final class PageSection {

    private PageSection() {
    }

    public static Section create(String id, String heading) {
        return titled(new Section(), id, heading);
    }

    /**
     * A read-only section written as markup, heading and content, in one element (decision 79): the same landmark,
     * id and name as {@link #titled}.
     */
    public static Markup.StaticHtml markup(String id, String heading, Markup content) {
        Markup html = new Markup().element("h2", heading, "id", id + "-heading").append(content);
        return landmark(html.in("section"), id);
    }

    /** Gives a section (e.g. one a module contributes) its id, heading and name. */
    public static <T extends Section> T titled(T section, String id, String heading) {
        // The heading's text as markup: one state node, not two (decision 79).
        Markup.StaticHtml h2 = Markup.textIn("h2", heading);
        h2.setId(id + "-heading");
        section.addComponentAsFirst(h2);
        return landmark(section, id);
    }

    /** The section's id, class and name (its heading, {@code <id>-heading}). */
    private static <T extends Component & HasStyle> T landmark(T section, String id) {
        section.setId(id);
        section.addClassName("cv-section");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }
}
