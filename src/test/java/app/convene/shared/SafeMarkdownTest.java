package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.markdown.SafeMarkdown;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Known XSS payloads in Markdown never become live HTML, scripts or script links. */
class SafeMarkdownTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](vbscript:msgbox(1))",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "[x]: javascript:alert(1)\n\n[click][x]",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<<script>script>alert(1)<</script>/script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<details open ontoggle=alert(1)>",
            "`<script>alert(1)</script>`");

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void payloadIsInert(String payload) {
        String html = SafeMarkdown.toHtml(payload).toLowerCase();
        assertThat(html).doesNotContain("<script", "<img src=x", "<svg", "<iframe", "<div style", "<math", "<details",
                "href=\"javascript", "src=\"javascript", "href=\"data:", "src=\"data:", "href=\"vbscript",
                "href=\"&#106;");
        assertThat(html).doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+=");
    }

    @Test
    void ordinaryMarkdownStillWorks() {
        String html = SafeMarkdown.toHtml("# Plan\n\n**Decided**: meet [monthly](https://example.org/m) — "
                + "<b>not bold</b>\n\n- one\n- two");
        assertThat(html).contains("<h1>Plan</h1>", "<strong>Decided</strong>",
                "<a rel=\"nofollow noopener noreferrer\" href=\"https://example.org/m\">monthly</a>",
                "&lt;b&gt;not bold&lt;/b&gt;", "<li>one</li>");
    }

    @Test
    void imagesBecomeLinksSoReadingAPageFetchesNothingFromAnotherHost() {
        String html = SafeMarkdown.toHtml("See ![the chart](https://tracker.example.net/pixel.png \"Chart\") "
                + "and ![](https://example.org/a.png) and ![x](javascript:alert(1))");
        assertThat(html).doesNotContain("<img", "src=")
                .contains("href=\"https://tracker.example.net/pixel.png\"", "title=\"Chart\"", ">the chart</a>",
                        "href=\"https://example.org/a.png\">https://example.org/a.png</a>", "href=\"\">x</a>")
                .doesNotContain("javascript");
        assertThat(html.split("rel=\"nofollow noopener noreferrer\"", -1)).hasSize(4);
    }
}
