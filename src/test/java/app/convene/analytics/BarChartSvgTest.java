package app.convene.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart: readable without colour (a pattern per series, a number on every bar) and by screen readers. */
class BarChartSvgTest {

    @Test
    void everySeriesHasItsPatternEveryBarItsNumberAndASuppressedCountNoBar() {
        DataTable table = new DataTable("t", "analytics.by.GENDER", List.of("a", "b"), List.of(
                new DataTable.Row("WOMAN", null, Arrays.asList(12L, 6L)),
                new DataTable.Row("MAN", null, Arrays.asList(null, 5L))), true);

        String svg = BarChartSvg.render("ch-t", table, List.of(0, 1), new BarChartSvg.Labels("By <gender>",
                "Bar chart", List.of("Woman", "Man"), List.of("Registered", "Approved"), "<5"));

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"ch-t-title ch-t-desc\"",
                "<title id=\"ch-t-title\">By &lt;gender&gt;</title>", "<desc id=\"ch-t-desc\">Bar chart</desc>",
                "id=\"ch-t-p0\"", "id=\"ch-t-p1\"", "<title>Man · Registered: &lt;5</title>",
                "<title>Woman · Registered: 12</title>", ">Registered</text>", ">Approved</text>");
        // four bars were asked for, one count is suppressed: three rectangles in the plot, plus two legend swatches
        assertThat(svg.split("<rect x=\"220\"", -1)).hasSize(4);
        assertThat(svg.split("class=\"ch-legend\"", -1)).hasSize(3);
        // the longest bar is the largest count, drawn over the whole plot width
        assertThat(svg).contains("width=\"420.0\" height=\"12\"");
    }
}
