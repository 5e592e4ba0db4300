package app.convene.support;

import com.vaadin.flow.component.Component;
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

    public static Document of(Component component) {
        return Jsoup.parseBodyFragment(component.getElement().getOuterHTML());
    }

    /** The text of the component and everything in it, as a reader sees it. */
    public static String text(Component component) {
        return of(component).text();
    }

    /** The texts of the elements matching a CSS selector, in page order. */
    public static List<String> texts(Component component, String selector) {
        return of(component).select(selector).stream().map(Element::text).toList();
    }

    /** The elements matching a CSS selector, in page order. */
    public static List<Element> select(Component component, String selector) {
        return of(component).select(selector);
    }
}
