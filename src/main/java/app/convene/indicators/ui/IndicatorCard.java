package app.convene.indicators.ui;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorChart;
import app.convene.indicators.IndicatorItem;
import app.convene.indicators.PeriodValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One indicator: its name, what it measures and where the numbers come from, the chart, and the same numbers in a
 * table next to it (baseline, each period, target), so nothing is only in the drawing.
 */
class IndicatorCard extends Div {

    final NativeTable table = new NativeTable();
    final String svg;

    IndicatorCard(IndicatorItem indicator, DateTimeFormatter dates, boolean member) {
        addClassName("cv-indicator");
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(4);
        H4 name = new H4(indicator.name());
        add(name);
        String direction = getTranslation("indicator.direction." + indicator.direction().name());
        Paragraph meta = new Paragraph(getTranslation("indicator.unit") + ": " + indicator.unit() + " · "
                + (indicator.direction() == Direction.HIGHER ? "↑ " : "↓ ") + direction);
        meta.addClassName("cv-indicator-meta");
        if (member) {
            Span visibility = new Span(getTranslation(indicator.publicIndicator() ? "indicator.public" : "indicator.internal"));
            visibility.addClassName("cv-badge");
            meta.add(new Span(" "), visibility);
        }
        add(meta);
        if (indicator.source() != null) {
            Paragraph source = new Paragraph(getTranslation("indicator.source") + ": " + indicator.source());
            source.addClassName("cv-indicator-source");
            add(source);
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
        Html chart = new Html("<div class=\"cv-indicator-drawing\">" + svg + "</div>");
        table.addClassName("cv-indicator-table");
        table.setCaptionText(getTranslation("indicator.table.caption", indicator.name()));
        NativeTableHeader head = table.getHead();
        head.add(new NativeTableRow(headerCell("indicator.table.what"), headerCell("indicator.table.date"),
                headerCell("indicator.table.value"), headerCell("indicator.table.note")));
        NativeTableBody body = table.getBody();
        body.add(row(getTranslation("indicator.baseline"), indicator.baselineDate(), indicator.baselineValue(), null,
                dates, numbers, indicator));
        for (PeriodValue v : indicator.values()) {
            body.add(row(getTranslation("indicator.table.period"), v.periodEnd(), v.value(), v.note(), dates, numbers,
                    indicator));
        }
        body.add(row(getTranslation("indicator.target"), indicator.targetDate(), indicator.targetValue(), null, dates,
                numbers, indicator));
        Div figures = new Div(chart, table);
        figures.addClassName("cv-indicator-figures");
        add(figures);
    }

    private NativeTableHeaderCell headerCell(String key) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableRow row(String what, LocalDate date, BigDecimal value, String note, DateTimeFormatter dates,
                                      NumberFormat numbers, IndicatorItem indicator) {
        NativeTableHeaderCell label = new NativeTableHeaderCell(what);
        label.getElement().setAttribute("scope", "row");
        return new NativeTableRow(label, new NativeTableCell(dates.format(date)),
                new NativeTableCell(amount(numbers, value, indicator)), new NativeTableCell(note == null ? "" : note));
    }

    private static String amount(NumberFormat numbers, BigDecimal value, IndicatorItem indicator) {
        return numbers.format(value) + " " + indicator.unit();
    }
}
