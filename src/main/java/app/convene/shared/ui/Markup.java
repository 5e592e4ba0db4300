package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * HTML for a read-only part of a page, written on the server and shown as one element's content
 * ({@link #in(String)}): one Vaadin state node for the whole part instead of one or two per element and text, which
 * is what an open UI keeps in memory (decision 55). Every text and attribute value goes in escaped; tag and
 * attribute names come from code and are checked; a link's address must be a path of the application (no scheme),
 * which Vaadin's client router follows like a link component's.
 */
public final class Markup {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder html = new StringBuilder(256);

    /** An opening tag; {@code attributes} are name and value pairs, a pair with a null value is left out. */
    public Markup open(String tag, String... attributes) {
        html.append('<').append(name(tag));
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ').append(name(attributes[i])).append("=\"");
                escape(attributes[i + 1]);
                html.append('"');
            }
        }
        html.append('>');
        return this;
    }

    public Markup close(String tag) {
        html.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Text, escaped. */
    public Markup text(String text) {
        escape(text);
        return this;
    }

    /** An element holding only text. */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link to a page of the application ({@code href} relative, e.g. {@code workgroups/12}). */
    public Markup link(String href, String text, String... attributes) {
        requireApplicationPath(href);
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Refuses an address that is not a path of the application (a scheme, or another host's {@code //…}). */
    public static String requireApplicationPath(String href) {
        if (href.contains(":") || href.startsWith("//")) {
            throw new IllegalArgumentException("only paths of the application: " + href);
        }
        return href;
    }

    /**
     * HTML that one of the application's own renderers made safe (e.g. {@code SafeMarkdown}'s escaped HTML or an
     * indicator's chart, whose texts it escapes): never a person's text.
     */
    public Markup trusted(String html) {
        this.html.append(html);
        return this;
    }

    /** Appends markup written elsewhere. */
    public Markup append(Markup other) {
        html.append(other.html);
        return this;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    /**
     * An element holding only this text, escaped: one state node, where a component given a text has a second one
     * for the text (decision 79).
     */
    public static StaticHtml textIn(String tag, String text) {
        return new Markup().text(Objects.requireNonNull(text, "the text of a " + tag)).in(tag);
    }

    /** A new element {@code tag} with this markup as its content. */
    public StaticHtml in(String tag) {
        return new StaticHtml(tag, toString());
    }

    @Override
    public String toString() {
        return html.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }

    /** An element whose content is {@link Markup}: one state node. */
    public static final class StaticHtml extends Component implements com.vaadin.flow.component.HasStyle {

        StaticHtml(String tag, String html) {
            super(new com.vaadin.flow.dom.Element(name(tag)));
            getElement().setProperty("innerHTML", html);
        }

        /** The markup it shows. */
        public String html() {
            return getElement().getProperty("innerHTML", "");
        }
    }
}
