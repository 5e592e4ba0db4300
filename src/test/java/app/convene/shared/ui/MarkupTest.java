package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Person-supplied texts written as markup stay text: no element, attribute or script of theirs gets in. */
class MarkupTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";

    @Test
    void textsAndAttributeValuesAreEscapedAndReadBackAsTheSameText() {
        Markup html = new Markup().open("li", "class", "cv-partner", "aria-label", HOSTILE)
                .element("span", HOSTILE, "lang", "en")
                .link("workgroups/12", HOSTILE + " link")
                .close("li");

        Document page = Jsoup.parseBodyFragment("<ul>" + html + "</ul>");
        assertThat(page.select("script, img")).isEmpty();
        Element item = page.selectFirst("li");
        assertThat(item.attributes().size()).isEqualTo(2);
        assertThat(item.attr("aria-label")).isEqualTo(HOSTILE);
        assertThat(item.selectFirst("span").text()).isEqualTo(HOSTILE);
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("workgroups/12");
        assertThat(item.selectFirst("a").text()).isEqualTo(HOSTILE + " link");
        assertThat(html.toString()).doesNotContain("<script", "<img", "\"quoted\"", "'x'")
                .contains("&lt;script&gt;", "&amp;", "&quot;quoted&quot;", "&#39;x&#39;");
    }

    @Test
    void aNullAttributeIsLeftOut() {
        assertThat(new Markup().element("h3", "Goal", "lang", null).toString()).isEqualTo("<h3>Goal</h3>");
    }

    @Test
    void onlyTheApplicationsOwnPathsAreLinkedAndNamesComeFromCode() {
        assertThatThrownBy(() -> new Markup().link("javascript:alert(1)", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Markup().link("//evil.example/x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Markup().link("https://evil.example/", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Markup().open("li onclick=alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Markup().open("li", "onclick=\"x\" class", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theElementHoldsTheMarkupAsItsContent() {
        Markup.StaticHtml list = new Markup().element("li", HOSTILE).in("ol");
        assertThat(list.getElement().getTag()).isEqualTo("ol");
        assertThat(list.html()).isEqualTo(new Markup().element("li", HOSTILE).toString());
        assertThat(Jsoup.parseBodyFragment(list.getElement().getOuterHTML()).select("ol > li").text()).isEqualTo(HOSTILE);
    }
}
