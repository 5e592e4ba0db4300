package app.convene.analytics.ui;

import app.convene.analytics.BarChartSvg;
import app.convene.analytics.DashboardService;
import app.convene.analytics.DataTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One table of the dashboard on the page: its heading, its chart (SVG with a title and description), the same
 * numbers as a table (row headers, a caption) and its CSV download.
 */
final class DashboardSections {

    private final Component owner;
    private final DashboardService dashboards;
    private final Long initiativeId;

    DashboardSections(Component owner, DashboardService dashboards, Long initiativeId) {
        this.owner = owner;
        this.dashboards = dashboards;
        this.initiativeId = initiativeId;
    }

    /** The table with a chart of every column. */
    Section section(DataTable table) {
        return section(table, IntStream.range(0, table.columnKeys().size()).boxed().toList());
    }

    /** The table with a chart of the given columns. */
    Section section(DataTable table, List<Integer> plotted) {
        String title = text(table.titleKey());
        Section section = new Section(new H2(title));
        section.addClassName("cv-chart-section");
        section.setId("dashboard-" + table.id());
        if (table.rows().isEmpty()) {
            section.add(new Paragraph(text("analytics.none")));
        } else {
            List<String> rows = table.rows().stream().map(this::label).toList();
            List<String> series = plotted.stream().map(c -> text(table.columnKeys().get(c))).toList();
            // The SVG inside a wrapper: an Html component's root element gets its attributes lower-cased (a
            // "viewbox" that SVG ignores, so the chart would not scale to a phone), its inner HTML is parsed as is.
            Html chart = new Html("<div class=\"cv-chart\">" + BarChartSvg.render("ch-" + table.id(), table, plotted,
                    new BarChartSvg.Labels(title, text("analytics.chartDescription", title), rows, series,
                            text("analytics.suppressed"))) + "</div>");
            // The table scrolls inside its own box on a narrow screen (never the page); a labelled region that
            // takes the keyboard focus, so it can be scrolled without a mouse.
            Div scroll = new Div(twin(table, title));
            scroll.addClassName("cv-table-scroll");
            scroll.getElement().setAttribute("role", "region");
            scroll.getElement().setAttribute("aria-label", title);
            scroll.getElement().setAttribute("tabindex", "0");
            section.add(chart, scroll);
        }
        section.add(download(table, title));
        return section;
    }

    /** The same numbers as an HTML table. */
    NativeTable twin(DataTable table, String title) {
        NativeTable twin = new NativeTable();
        twin.addClassName("cv-data-table");
        twin.setCaptionText(title);
        NativeTableRow head = twin.getHead().addRow();
        head.addHeaderCell().setText(text("analytics.group"));
        table.columnKeys().forEach(k -> head.addHeaderCell().setText(text(k)));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (DataTable.Row row : table.rows()) {
            NativeTableRow tr = twin.getBody().addRow();
            NativeTableHeaderCell th = tr.addHeaderCell();
            th.setText(label(row));
            th.getElement().setAttribute("scope", "row");
            for (Number value : row.values()) {
                NativeTableCell td = tr.addDataCell();
                if (value == null && table.protectedCounts()) {
                    td.setText(text("analytics.suppressed"));
                    td.setTitle(text("analytics.suppressedLong"));
                } else {
                    td.setText(value == null ? "–" : BarChartSvg.number(value));
                }
            }
        }
        return twin;
    }

    private Anchor download(DataTable table, String title) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        Anchor csv = new Anchor((DownloadHandler) download -> {
            download.setFileName(table.id() + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            dashboards.csv(initiativeId, table.id(), key -> owner.getTranslation(locale, key), download.getOutputStream());
        }, text("analytics.download"));
        csv.getElement().setAttribute("aria-label", text("analytics.downloadOf", title));
        csv.addClassName("cv-manage-link");
        csv.setId("csv-" + table.id());
        return csv;
    }

    String label(DataTable.Row row) {
        return row.labelKey() == null ? row.label() : text(row.labelKey());
    }

    private String text(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
