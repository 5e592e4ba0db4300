package app.convene.indicators.ui;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorChart;
import app.convene.indicators.IndicatorItem;
import app.convene.indicators.PeriodValue;
import app.convene.shared.ui.Markup;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One indicator: its name, what it measures and where the numbers come from, the chart, and the same numbers in a
 * table next to it (baseline, each period, target), so nothing is only in the drawing.
 */
class IndicatorCard extends Div {

    final String svg;

    IndicatorCard(IndicatorItem indicator, DateTimeFormatter dates, boolean member) {
        addClassName("cv-indicator");
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(4);
        // Read-only: the card is written as markup, one state node (decision 55).
        Markup html = new Markup().element("h4", indicator.name());
        String direction = getTranslation("indicator.direction." + indicator.direction().name());
        html.open("p", "class", "cv-indicator-meta").text(getTranslation("indicator.unit") + ": " + indicator.unit()
                + " · " + (indicator.direction() == Direction.HIGHER ? "↑ " : "↓ ") + direction);
        if (member) {
            html.element("span", " ").element("span", getTranslation(indicator.publicIndicator()
                    ? "indicator.public" : "indicator.internal"), "class", "cv-badge");
        }
        html.close("p");
        if (indicator.source() != null) {
            html.element("p", getTranslation("indicator.source") + ": " + indicator.source(),
                    "class", "cv-indicator-source");
        }
        PeriodValue latest = indicator.latest();
        String description = direction + ". " + getTranslation("indicator.chart.baselineTarget",
                amount(numbers, indicator.baselineValue(), indicator), dates.format(indicator.baselineDate()),
                amount(numbers, indicator.targetValue(), indicator), dates.format(indicator.targetDate()))
                + (latest == null ? " " + getTranslation("indicator.chart.noValues")
                : " " + getTranslation("indicator.chart.latest", amount(numbers, latest.value(), indicator),
                        dates.format(latest.periodEnd())));
        svg = IndicatorChart.render(indicator, new IndicatorChart.Labels(
                getTranslation("indicator.chart.title", indicator.name()), description,
                getTranslation("indicator.baseline"), getTranslation("indicator.target"), getLocale(), dates));
        // Inside a wrapper, so the SVG keeps its viewBox and scales (see DashboardSections).
        html.open("div", "class", "cv-indicator-figures")
                .open("div", "class", "cv-indicator-drawing").trusted(svg).close("div")
                .open("table", "class", "cv-indicator-table")
                .element("caption", getTranslation("indicator.table.caption", indicator.name()))
                .open("thead").open("tr");
        for (String key : new String[] {"indicator.table.what", "indicator.table.date", "indicator.table.value",
                "indicator.table.note"}) {
            html.element("th", getTranslation(key), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        row(html, getTranslation("indicator.baseline"), indicator.baselineDate(), indicator.baselineValue(), null,
                dates, numbers, indicator);
        for (PeriodValue v : indicator.values()) {
            row(html, getTranslation("indicator.table.period"), v.periodEnd(), v.value(), v.note(), dates, numbers,
                    indicator);
        }
        row(html, getTranslation("indicator.target"), indicator.targetDate(), indicator.targetValue(), null, dates,
                numbers, indicator);
        html.close("tbody").close("table").close("div");
        getElement().setProperty("innerHTML", html.toString());
    }

    private static void row(Markup html, String what, LocalDate date, BigDecimal value, String note,
                            DateTimeFormatter dates, NumberFormat numbers, IndicatorItem indicator) {
        html.open("tr").element("th", what, "scope", "row").element("td", dates.format(date))
                .element("td", amount(numbers, value, indicator)).element("td", note == null ? "" : note).close("tr");
    }

    private static String amount(NumberFormat numbers, BigDecimal value, IndicatorItem indicator) {
        return numbers.format(value) + " " + indicator.unit();
    }
}
