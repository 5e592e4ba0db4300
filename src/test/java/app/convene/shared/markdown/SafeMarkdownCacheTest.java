package app.convene.shared.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Decision 0064: a text shown again is not rendered again; the cache stays bounded; long texts are not kept. */
class SafeMarkdownCacheTest {

    @Test
    void aTextShownAgainGetsTheKeptHtml() {
        String text = "**Goal** " + UUID.randomUUID() + " [site](https://example.org) <script>alert(1)</script>";
        String first = SafeMarkdown.toHtml(text);
        assertThat(first).contains("<strong>Goal</strong>").contains("&lt;script&gt;").doesNotContain("<script>")
                .contains("rel=\"nofollow noopener noreferrer\"");
        assertThat(SafeMarkdown.toHtml(text)).isSameAs(first);
        assertThat(SafeMarkdown.toHtml(new String(text))).as("an equal text, another instance").isSameAs(first);
    }

    @Test
    void theCacheHoldsAtMostItsCapacity() {
        for (int i = 0; i < SafeMarkdown.renderedCapacity() + 50; i++) {
            SafeMarkdown.toHtml("text " + i + " " + UUID.randomUUID());
        }
        assertThat(SafeMarkdown.renderedSize()).isEqualTo(SafeMarkdown.renderedCapacity());
    }

    @Test
    void aLongTextIsRenderedEachTime() {
        String text = "word ".repeat(2_000) + UUID.randomUUID();
        String first = SafeMarkdown.toHtml(text);
        String second = SafeMarkdown.toHtml(text);
        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }
}
