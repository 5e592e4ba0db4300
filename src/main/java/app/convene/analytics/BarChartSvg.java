package app.convene.analytics;

import java.util.List;
import java.util.Locale;

/**
 * A dashboard table drawn as a horizontal bar chart in server-side SVG (as the timeline is). One group of bars
 * per row, one bar per plotted column; every series has its own fill pattern as well as its colour, a legend
 * names each pattern, and every bar carries its number as a direct label, so colour is never the only cue. A
 * suppressed count has no bar and reads "<5". The chart has a {@code <title>} and a {@code <desc>} for screen
 * readers; the page shows the same numbers in a table next to it.
 */
public final class BarChartSvg {

    /** The reader's words: the chart's title and description, the row and series names, and "<5". */
    public record Labels(String title, String description, List<String> rows, List<String> series, String suppressed) {
    }

    static final int LABEL_WIDTH = 220;
    static final int PLOT_WIDTH = 420;
    static final int BAR = 12;
    static final int LEGEND = 26;
    private static final String[] COLOURS = {"#0b5cab", "#b45309", "#15803d", "#7e22ce", "#b91c1c", "#374151"};

    private BarChartSvg() {
    }

    /** Draws the table's columns {@code plotted} (indexes into each row's values); {@code id} keeps ids unique. */
    public static String render(String id, DataTable table, List<Integer> plotted, Labels labels) {
        double max = 0;
        for (DataTable.Row row : table.rows()) {
            for (int c : plotted) {
                Number v = row.values().get(c);
                max = Math.max(max, v == null ? 0 : v.doubleValue());
            }
        }
        int groupHeight = plotted.size() * (BAR + 2) + 10;
        int width = LABEL_WIDTH + PLOT_WIDTH + 70;
        // The legend wraps onto more lines rather than run past the chart's right edge (long Spanish series names).
        List<double[]> legend = new java.util.ArrayList<>();
        double x = LABEL_WIDTH;
        int legendLine = 0;
        for (int s = 0; s < plotted.size(); s++) {
            double item = 26 + 7 * labels.series().get(s).length();
            if (x > LABEL_WIDTH && x + item > width) {
                x = LABEL_WIDTH;
                legendLine++;
            }
            legend.add(new double[] {x, legendLine * 18});
            x += item;
        }
        int top = LEGEND + legendLine * 18;
        int height = top + Math.max(1, table.rows().size()) * groupHeight + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cv-chart\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(labels.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(labels.description())).append("</desc>")
                .append(patterns(id, plotted.size()));
        for (int s = 0; s < plotted.size(); s++) {
            double lx = legend.get(s)[0];
            double ly = legend.get(s)[1];
            svg.append("<g class=\"ch-legend\"><rect x=\"").append(fmt(lx)).append("\" y=\"").append(fmt(ly + 4))
                    .append("\" width=\"14\" height=\"14\" ").append(fill(id, s)).append("/><text x=\"")
                    .append(fmt(lx + 18)).append("\" y=\"").append(fmt(ly + 15)).append("\" font-size=\"12\"")
                    .append(" fill=\"#1d2433\">").append(escape(labels.series().get(s))).append("</text></g>");
        }
        for (int r = 0; r < table.rows().size(); r++) {
            int y = top + r * groupHeight;
            DataTable.Row row = table.rows().get(r);
            svg.append("<g class=\"ch-row\"><text x=\"4\" y=\"").append(y + 14).append("\" font-size=\"12\" fill=\"#1d2433\">")
                    .append(escape(clip(labels.rows().get(r), 34))).append("</text>");
            for (int s = 0; s < plotted.size(); s++) {
                Number v = row.values().get(plotted.get(s));
                int by = y + s * (BAR + 2) + 4;
                double w = v == null || max == 0 ? 0 : Math.max(1, v.doubleValue() / max * PLOT_WIDTH);
                String text = v == null ? (table.protectedCounts() ? labels.suppressed() : "–") : number(v);
                svg.append("<g class=\"ch-bar\"><title>").append(escape(labels.rows().get(r) + " · "
                        + labels.series().get(s) + ": " + text)).append("</title>");
                if (w > 0) {
                    svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(by).append("\" width=\"")
                            .append(fmt(w)).append("\" height=\"").append(BAR).append("\" ").append(fill(id, s)).append("/>");
                }
                svg.append("<text x=\"").append(fmt(LABEL_WIDTH + w + 4)).append("\" y=\"").append(by + BAR - 2)
                        .append("\" font-size=\"11\" fill=\"#1d2433\">").append(escape(text)).append("</text></g>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Solid, hatched, dotted, crossed, striped, outlined: one per series, in colour too. */
    private static String patterns(String id, int series) {
        StringBuilder defs = new StringBuilder("<defs>");
        for (int s = 0; s < series; s++) {
            String c = COLOURS[s % COLOURS.length];
            String mark = switch (s % 6) {
                case 0 -> "";
                case 1 -> "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/>";
                case 2 -> "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#fff\"/>";
                case 3 -> "<path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#fff\" stroke-width=\"1.2\"/>";
                case 4 -> "<line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
                default -> "<rect x=\"1\" y=\"1\" width=\"4\" height=\"4\" fill=\"#fff\"/>";
            };
            defs.append("<pattern id=\"").append(id).append("-p").append(s)
                    .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                    .append(s % 6 == 1 ? " patternTransform=\"rotate(45)\"" : "").append("><rect width=\"6\" height=\"6\" fill=\"")
                    .append(c).append("\"/>").append(mark).append("</pattern>");
        }
        return defs.append("</defs>").toString();
    }

    private static String fill(String id, int series) {
        return "fill=\"url(#" + id + "-p" + series + ")\" stroke=\"" + COLOURS[series % COLOURS.length] + "\"";
    }

    /** A number as charts and tables show it: a whole count, or a percentage with its decimal. */
    public static String number(Number v) {
        return v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v.longValue());
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
