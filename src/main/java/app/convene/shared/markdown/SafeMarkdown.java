package app.convene.shared.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.springframework.util.ConcurrentLruCache;

/**
 * Markdown to HTML that is safe to show: raw HTML in the text is escaped (shown as text, never
 * run), and links may only be http, https, mailto or relative. Anything else (javascript:, data:,
 * vbscript:, …) becomes an empty link. An image becomes a link to it (its description as the text),
 * so reading a page never fetches anything from a host someone wrote into it.
 */
public final class SafeMarkdown {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new Sanitizer())
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    /**
     * The HTML of recently shown texts (decision 0064): the same statements, goals and descriptions are shown to
     * everyone who opens a page, and rendering is a pure function of the text. At most {@value #RENDERED_CAPACITY}
     * texts of at most {@value #RENDERED_MAX_LENGTH} characters, least recently used out first (a few MB at most);
     * longer texts are rendered each time.
     */
    private static final int RENDERED_CAPACITY = 512;
    private static final int RENDERED_MAX_LENGTH = 8_000;
    private static final ConcurrentLruCache<String, String> RENDERED =
            new ConcurrentLruCache<>(RENDERED_CAPACITY, SafeMarkdown::render);

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return markdown.length() > RENDERED_MAX_LENGTH ? render(markdown) : RENDERED.get(markdown);
    }

    /** How many texts the cache holds at most (tests). */
    static int renderedCapacity() {
        return RENDERED.capacity();
    }

    /** How many texts the cache holds now (tests). */
    static int renderedSize() {
        return RENDERED.size();
    }

    private static String render(String markdown) {
        Node document = PARSER.parse(markdown);
        imagesToLinks(document);
        return RENDERER.render(document);
    }

    private static void imagesToLinks(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Image image : images) {
            Link link = new Link(image.getDestination(), image.getTitle());
            for (Node child = image.getFirstChild(); child != null; child = image.getFirstChild()) {
                link.appendChild(child);
            }
            if (link.getFirstChild() == null) {
                link.appendChild(new Text(image.getDestination()));
            }
            image.insertAfter(link);
            image.unlink();
        }
    }

    static final class Sanitizer implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url, LINK_SCHEMES) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return ""; // never reached: images are links by then
        }

        static boolean allowed(String url, Set<String> schemes) {
            // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do we.
            String compact = url.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
            int colon = compact.indexOf(':');
            int firstSeparator = firstOf(compact, "/?#");
            boolean hasScheme = colon >= 0 && (firstSeparator < 0 || colon < firstSeparator);
            return !hasScheme || schemes.contains(compact.substring(0, colon));
        }

        private static int firstOf(String text, String characters) {
            int first = -1;
            for (char c : characters.toCharArray()) {
                int at = text.indexOf(c);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }
}
