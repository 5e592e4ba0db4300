package app.convene.indicators;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator as a small server-side SVG line chart (no JavaScript): the values by period as a solid line with
 * round points, the baseline as a square, the target as a dashed line across with a diamond at its date. Each mark
 * has a text label or a {@code <title>}, and shapes and line styles tell the marks apart, so colour is never needed;
 * the chart has a title and a description for screen readers, and pages show the same numbers in a table.
 */
public final class IndicatorChart {

    /** Words the drawing needs, in the reader's language ({@code baseline}: "Baseline", {@code target}: "Target"). */
    public record Labels(String title, String description, String baseline, String target, Locale locale,
                         DateTimeFormatter dates) {
    }

    static final int WIDTH = 420;
    static final int HEIGHT = 220;
    static final int LEFT = 64;
    static final int RIGHT = 24;
    static final int TOP = 24;
    static final int BOTTOM = 40;

    private IndicatorChart() {
    }

    public static String render(IndicatorItem indicator, Labels labels) {
        LocalDate from = indicator.baselineDate();
        LocalDate to = indicator.targetDate();
        double low = Math.min(indicator.baselineValue().doubleValue(), indicator.targetValue().doubleValue());
        double high = Math.max(indicator.baselineValue().doubleValue(), indicator.targetValue().doubleValue());
        for (PeriodValue v : indicator.values()) {
            from = v.periodEnd().isBefore(from) ? v.periodEnd() : from;
            to = v.periodEnd().isAfter(to) ? v.periodEnd() : to;
            low = Math.min(low, v.value().doubleValue());
            high = Math.max(high, v.value().doubleValue());
        }
        double pad = (high - low) * 0.1;
        double bottom = low - pad;
        double top = high + pad;
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        final LocalDate origin = from;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        java.util.function.ToDoubleFunction<LocalDate> x =
                d -> LEFT + ChronoUnit.DAYS.between(origin, d) * plotWidth / days;
        java.util.function.DoubleUnaryOperator y = v -> TOP + (top - v) * plotHeight / (top - bottom);
        NumberFormat numbers = NumberFormat.getNumberInstance(labels.locale());
        numbers.setMaximumFractionDigits(4);
        String id = "ind-" + indicator.id();

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cv-indicator-chart\" role=\"img\" ")
                .append("aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\"><title id=\"").append(id).append("-title\">").append(escape(labels.title()))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(escape(labels.description()))
                .append("</desc>");
        // Four gridlines with their values, and the axes.
        for (int i = 0; i <= 3; i++) {
            double value = bottom + (top - bottom) * i / 3;
            double gy = y.applyAsDouble(value);
            svg.append("<line class=\"ic-grid\" x1=\"").append(LEFT).append("\" y1=\"").append(fmt(gy)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(gy)).append("\" stroke=\"#d5dbe6\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(gy + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a5468\">")
                    .append(escape(numbers.format(round(value, top - bottom)))).append("</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#4a5468\"/>")
                .append(dateLabel(LEFT, labels.dates().format(from), "start"))
                .append(dateLabel(WIDTH - RIGHT, labels.dates().format(to), "end"));
        // The target: a dashed line across and a diamond at its date, labelled.
        String unit = " " + indicator.unit();
        double ty = y.applyAsDouble(indicator.targetValue().doubleValue());
        double tx = x.applyAsDouble(indicator.targetDate());
        String targetText = labels.target() + ": " + numbers.format(indicator.targetValue()) + unit + " ("
                + labels.dates().format(indicator.targetDate()) + ")";
        svg.append("<g class=\"ic-target\"><title>").append(escape(targetText)).append("</title>")
                .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(ty)).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(fmt(ty)).append("\" stroke=\"#15803d\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                .append("<path d=\"M").append(fmt(tx)).append(',').append(fmt(ty - 7)).append(" L").append(fmt(tx + 7))
                .append(',').append(fmt(ty)).append(" L").append(fmt(tx)).append(',').append(fmt(ty + 7)).append(" L")
                .append(fmt(tx - 7)).append(',').append(fmt(ty)).append(" Z\" fill=\"#ffffff\" stroke=\"#15803d\" stroke-width=\"2\"/>")
                .append("<text x=\"").append(LEFT + 4).append("\" y=\"").append(fmt(ty - 5 < TOP - 8 ? ty + 14 : ty - 5))
                .append("\" font-size=\"11\" font-weight=\"600\" fill=\"#14532d\">").append(escape(targetText))
                .append("</text></g>");
        // The values: baseline first (a square), then each period (a circle), joined by a solid line.
        double bx = x.applyAsDouble(indicator.baselineDate());
        double by = y.applyAsDouble(indicator.baselineValue().doubleValue());
        List<String> points = new ArrayList<>();
        points.add(fmt(bx) + "," + fmt(by));
        indicator.values().stream().filter(v -> v.periodEnd().isAfter(indicator.baselineDate()))
                .forEach(v -> points.add(fmt(x.applyAsDouble(v.periodEnd())) + "," + fmt(y.applyAsDouble(v.value().doubleValue()))));
        if (points.size() > 1) {
            svg.append("<polyline class=\"ic-line\" points=\"").append(String.join(" ", points))
                    .append("\" fill=\"none\" stroke=\"#0b5cab\" stroke-width=\"2\"/>");
        }
        String baselineText = labels.baseline() + ": " + numbers.format(indicator.baselineValue()) + unit + " ("
                + labels.dates().format(indicator.baselineDate()) + ")";
        svg.append("<g class=\"ic-baseline\"><title>").append(escape(baselineText)).append("</title><rect x=\"")
                .append(fmt(bx - 5)).append("\" y=\"").append(fmt(by - 5)).append("\" width=\"10\" height=\"10\" fill=\"#4a5468\"/>")
                .append("<text x=\"").append(fmt(bx + 8)).append("\" y=\"").append(fmt(by > HEIGHT - BOTTOM - 14 ? by - 8 : by + 16))
                .append("\" font-size=\"11\" fill=\"#1d2433\">").append(escape(labels.baseline())).append("</text></g>");
        for (PeriodValue v : indicator.values()) {
            svg.append("<circle class=\"ic-value\" cx=\"").append(fmt(x.applyAsDouble(v.periodEnd()))).append("\" cy=\"")
                    .append(fmt(y.applyAsDouble(v.value().doubleValue()))).append("\" r=\"4.5\" fill=\"#0b5cab\"><title>")
                    .append(escape(labels.dates().format(v.periodEnd()) + ": " + numbers.format(v.value()) + unit))
                    .append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    private static String dateLabel(double at, String text, String anchor) {
        return "<text x=\"" + fmt(at) + "\" y=\"" + (HEIGHT - BOTTOM + 16) + "\" font-size=\"11\" text-anchor=\"" + anchor
                + "\" fill=\"#4a5468\">" + escape(text) + "</text>";
    }

    /** A gridline value rounded to what the chart's span can tell apart. */
    private static BigDecimal round(double value, double span) {
        int digits = span >= 10 ? 0 : span >= 1 ? 1 : span >= 0.1 ? 2 : 4;
        return BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
