package app.convene.analytics;

import app.convene.shared.pdf.TaggedPdf;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-page "quarterly report" of an initiative's dashboard for funders and boards, as a tagged PDF (headings and
 * paragraphs in reading order, language, title; {@link TaggedPdf} as the recommendation reports use): the funnel with the
 * latest quarter's new people, the targets against the actual, the recommendation pipeline and the latest quarter's
 * convenings. It holds no demographic count other than the protected target actuals. What does not fit one page is
 * left out (the dashboard and its CSVs have everything).
 */
@Service
@Transactional(readOnly = true)
public class QuarterlyReport {

    private static final int MAX_LINES = 48;

    private final DashboardService dashboards;

    QuarterlyReport(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    /**
     * Writes the report (coordinators, committee members, administrators). {@code words}: i18n key and parameters
     * → the reader's text.
     */
    public void write(long initiativeId, String initiativeName, LocalDate today, Locale locale,
                      BiFunction<String, Object[], String> words, OutputStream out) {
        ParticipationDashboard d = dashboards.dashboard(initiativeId);
        List<String[]> lines = lines(d, initiativeName, today, words);
        String title = words.apply("analytics.report.title", new Object[0]) + " · " + initiativeName;
        try (TaggedPdf pdf = new TaggedPdf(title, initiativeName, locale.toLanguageTag())) {
            pdf.newPage();
            // Tagged (decision 0043): the title is the H1, each part's heading an H2 with its lines as paragraphs.
            PDStructureElement part = pdf.document();
            for (String[] line : lines.subList(0, Math.min(MAX_LINES, lines.size()))) {
                int size = Integer.parseInt(line[0]);
                PDStructureElement element;
                if (size == 20) {
                    element = pdf.element("H1", pdf.document());
                } else if (size == 14) {
                    part = pdf.element("Sect", pdf.document());
                    pdf.space(6);
                    element = pdf.element("H2", part);
                } else {
                    element = pdf.element("P", part);
                }
                pdf.text(element, List.of(new TaggedPdf.Piece(line[1], size >= 14, false)), size, size == 9 ? 12 : 0,
                        false, null, null);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's lines: font size and text. */
    static List<String[]> lines(ParticipationDashboard d, String initiativeName, LocalDate today,
                                BiFunction<String, Object[], String> words) {
        List<String[]> lines = new ArrayList<>();
        lines.add(line(20, words.apply("analytics.report.title", new Object[0])));
        lines.add(line(13, initiativeName + " · " + FunnelTables.quarter(today) + " · " + today));
        lines.add(line(14, words.apply("analytics.funnel", new Object[0])));
        DataTable.Row latest = d.quarters().rows().isEmpty() ? null : d.quarters().rows().getLast();
        for (int i = 0; i < d.funnel().rows().size(); i++) {
            DataTable.Row row = d.funnel().rows().get(i);
            lines.add(line(10, words.apply(row.labelKey(), new Object[0]) + ": " + row.values().getFirst()
                    + (latest == null ? "" : " · " + words.apply("analytics.report.newIn",
                    new Object[] {latest.label(), latest.values().get(i)}))));
        }
        lines.add(line(14, words.apply("analytics.targets", new Object[0])));
        if (d.targets().isEmpty()) {
            lines.add(line(10, words.apply("analytics.noTargets", new Object[0])));
        }
        for (TargetStatus s : d.targets()) {
            Target t = s.target();
            lines.add(line(10, words.apply("analytics.dimension." + t.dimension().name(), new Object[0]) + ": "
                    + String.join(", ", t.categories().stream().map(c -> t.dimension().labelKey(c) == null ? c
                    : words.apply(t.dimension().labelKey(c), new Object[0])).toList()) + " · "
                    + words.apply("analytics.population." + t.population().name(), new Object[0])));
            lines.add(line(9, words.apply("analytics.report.target", new Object[] {t.thresholdPercent().toPlainString(),
                    s.actualPercent() == null ? words.apply("analytics.suppressed", new Object[0])
                            : s.actualPercent().toPlainString(), s.gap() == null ? "–" : s.gap().toPlainString()})));
        }
        lines.add(line(14, words.apply("analytics.recommendations", new Object[0])));
        for (DataTable.Row row : d.recommendations().rows()) {
            lines.add(line(10, words.apply(row.labelKey(), new Object[0]) + ": " + row.values().getFirst()));
        }
        lines.add(line(14, words.apply("analytics.convenings", new Object[0])));
        if (d.convenings().rows().isEmpty()) {
            lines.add(line(10, words.apply("analytics.none", new Object[0])));
        } else {
            DataTable.Row q = d.convenings().rows().getLast();
            lines.add(line(10, words.apply("analytics.report.convenings", new Object[] {q.label(), q.values().get(0),
                    q.values().get(1), q.values().get(2), q.values().get(3)})));
        }
        return lines;
    }

    private static String[] line(int size, String text) {
        int max = size >= 14 ? 70 : 105;
        return new String[] {String.valueOf(size), text.length() <= max ? text : text.substring(0, max - 1) + "…"};
    }
}
