package app.convene.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A component's HTML as a browser gets it, including the read-only parts written as markup into one element
 * (decision 55), which component queries and {@code getTextRecursively} do not see.
 */
public final class PageHtml {

    private PageHtml() {
    }

    /** The HTML of the component, or for a {@link UI} of its current page (layout and view). */
    public static Document of(Component component) {
        Component root = component instanceof UI ui
                ? (Component) ui.getInternals().getActiveRouterTargetsChain().getLast() : component;
        return Jsoup.parseBodyFragment(root.getElement().getOuterHTML());
    }

    /** The text of the component and everything in it, as a reader sees it. */
    public static String text(Component component) {
        return of(component).text();
    }

    /** The texts of the elements matching a CSS selector, in page order. */
    public static List<String> texts(Component component, String selector) {
        return of(component).select(selector).stream().map(Element::text).toList();
    }

    /** The addresses of the links whose text is exactly this one, in page order (components' links and markup's). */
    public static List<String> hrefs(Component component, String linkText) {
        return of(component).select("a").stream().filter(a -> a.text().equals(linkText)).map(a -> a.attr("href"))
                .toList();
    }

    /** The elements matching a CSS selector, in page order. */
    public static List<Element> select(Component component, String selector) {
        return of(component).select(selector);
    }
}
