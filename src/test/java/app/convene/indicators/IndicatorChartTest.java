package app.convene.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The indicator chart's SVG: its accessible names, its target line and points, and escaped texts. */
class IndicatorChartTest {

    static final IndicatorChart.Labels LABELS = new IndicatorChart.Labels("Chart of <Wage> & \"gap\"",
            "Lower is better. Baseline 4.8", "Baseline", "Target", Locale.ENGLISH, DateTimeFormatter.ISO_LOCAL_DATE);

    static IndicatorItem indicator(List<PeriodValue> values) {
        return new IndicatorItem(7, 0, 1, 2, "Wage gap", "USD <per> hour", Direction.LOWER, new BigDecimal("4.8"),
                LocalDate.of(2024, 12, 31), new BigDecimal("2"), LocalDate.of(2027, 12, 31), null, true, values);
    }

    @Test
    void theChartIsNamedAndDescribedForScreenReadersAndEscapesItsTexts() {
        String svg = IndicatorChart.render(indicator(List.of()), LABELS);
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"ind-7-title ind-7-desc\"",
                "<title id=\"ind-7-title\">Chart of &lt;Wage&gt; &amp; &quot;gap&quot;</title>",
                "<desc id=\"ind-7-desc\">Lower is better. Baseline 4.8</desc>", "USD &lt;per&gt; hour");
        assertThat(svg).doesNotContain("<Wage>", "<per>");
        assertThat(svg).doesNotContain("ic-line"); // only the baseline: no line yet
    }

    @Test
    void theTargetIsADashedLabelledLineAndEachValueAPointOnTheLine() {
        String svg = IndicatorChart.render(indicator(List.of(
                new PeriodValue(1, 0, LocalDate.of(2025, 6, 30), new BigDecimal("4.6"), null),
                new PeriodValue(2, 0, LocalDate.of(2025, 12, 31), new BigDecimal("4.1"), null))), LABELS);
        assertThat(svg).contains("stroke-dasharray=\"6 4\"", "Target: 2 USD &lt;per&gt; hour (2027-12-31)",
                "<title>Baseline: 4.8 USD &lt;per&gt; hour (2024-12-31)</title>", "<title>2025-06-30: 4.6 USD");
        Matcher points = Pattern.compile("points=\"([^\"]*)\"").matcher(svg);
        assertThat(points.find()).isTrue();
        assertThat(points.group(1).split(" ")).hasSize(3); // the baseline, then both values
        assertThat(Pattern.compile("class=\"ic-value\"").matcher(svg).results().count()).isEqualTo(2);
        // The lowest value (the target, 2) is drawn lowest: the largest y of the target line.
        Matcher target = Pattern.compile("class=\"ic-target\">.*?<line x1=\"\\d+\" y1=\"([\\d.]+)\"").matcher(svg);
        assertThat(target.find()).isTrue();
        double targetY = Double.parseDouble(target.group(1));
        for (String point : points.group(1).split(" ")) {
            assertThat(Double.parseDouble(point.split(",")[1])).isLessThan(targetY);
        }
    }
}
