package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorChart;
import app.convene.indicators.IndicatorItem;
import app.convene.indicators.PeriodValue;
import app.convene.support.Perf;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Drawing indicators: a page of the initiative section (four charts) of ten years of monthly values each. */
@Tag("perf")
class IndicatorChartBenchmark {

    @Test
    void fourChartsOf120MonthlyValues() {
        List<PeriodValue> values = new ArrayList<>();
        LocalDate month = LocalDate.of(2016, 1, 31);
        for (int i = 0; i < 120; i++) {
            values.add(new PeriodValue(i, 0, month.plusMonths(i).withDayOfMonth(month.plusMonths(i).lengthOfMonth()),
                    BigDecimal.valueOf(40 + (i % 17) * 0.75), null));
        }
        IndicatorItem indicator = new IndicatorItem(1, 0, 1, 1, "Placed workers earning a living wage", "%",
                Direction.HIGHER, new BigDecimal("38"), LocalDate.of(2015, 12, 31), new BigDecimal("55"),
                LocalDate.of(2026, 12, 31), "Benchmark", true, values);
        IndicatorChart.Labels labels = new IndicatorChart.Labels("Chart", "Higher is better.", "Baseline", "Target",
                Locale.ENGLISH, DateTimeFormatter.ISO_LOCAL_DATE);
        String svg = IndicatorChart.render(indicator, labels);
        assertThat(svg).contains("ic-value");
        Perf.report("indicator_chart_4x120_svg", Perf.medianMillis(20, 50, () -> {
            for (int i = 0; i < 4; i++) {
                IndicatorChart.render(indicator, labels);
            }
        }), "ms");
        Perf.report("indicator_chart_120_svg_size", svg.length() / 1024.0, "KiB");
    }
}
