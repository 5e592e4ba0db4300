package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;

/** What a {@link GridLinks} column sends the browser for a row (decision 0083), and the addresses it refuses. */
class GridLinksTest {

    record Row(String href, String text) {
    }

    private static Object value(LitRenderer<Row> renderer, String name, Row row) {
        return renderer.getValueProviders().get(name).apply(row);
    }

    @Test
    void aRowSendsItsAddressAndTextAndARowWithoutAnAddressItsTextAlone() {
        LitRenderer<Row> links = GridLinks.of(Row::href, Row::text);
        Row linked = new Row("library/12", "Wage <toolkit> & guide");
        assertThat(value(links, GridLinks.HREF, linked)).isEqualTo("library/12");
        assertThat(value(links, GridLinks.TEXT, linked)).as("sent as it is: Lit escapes it in the browser")
                .isEqualTo("Wage <toolkit> & guide");
        Row plain = new Row(null, null);
        assertThat(value(links, GridLinks.HREF, plain)).isNull();
        assertThat(value(links, GridLinks.TEXT, plain)).isEqualTo("");
        assertThat(links.getValueProviders()).containsOnlyKeys(GridLinks.HREF, GridLinks.TEXT);
    }

    @Test
    void anAddressWithASchemeOrFromTheRootIsRefused() {
        LitRenderer<Row> links = GridLinks.of(Row::href, Row::text);
        for (String foreign : new String[] {"javascript:alert(1)", "https://example.org/x", "//example.org/x",
                "/library/12", "\\\\example.org\\x"}) {
            assertThatThrownBy(() -> value(links, GridLinks.HREF, new Row(foreign, "x"))).as(foreign)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(value(links, GridLinks.HREF, new Row("initiatives/equity-at-work/organizations/7", "x")))
                .isEqualTo("initiatives/equity-at-work/organizations/7");
    }
}
