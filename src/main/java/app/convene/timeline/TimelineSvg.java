package app.convene.timeline;

import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The timeline as server-side SVG (no JavaScript chart library): phases as bands, milestones as
 * bars (start to due) or diamonds (due only), a today line, dependency arrows, and month or quarter
 * gridlines. A status reads by colour, by fill pattern and by its label, so colour is never needed.
 * Every mark has a {@code <title>} for screen readers; the page shows the same facts as a table. A
 * cancelled milestone is struck through and labelled; one whose dates leave its phase carries a
 * visible warning mark and says so in its title.
 */
public final class TimelineSvg {

    public enum Zoom {
        MONTH(5.0), QUARTER(1.6);

        final double pixelsPerDay;

        Zoom(double pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }
    }

    /** Texts the drawing needs, in the reader's language; {@code outsidePhase}: "outside its phase". */
    public record Labels(String title, String today, Function<MilestoneStatus, String> status, Locale locale,
                         String outsidePhase) {
    }

    static final int LABEL_WIDTH = 240;
    static final int ROW = 30;
    static final int HEADER = 34;

    private TimelineSvg() {
    }

    public static String render(List<PhaseRef> phases, List<MilestoneItem> milestones, LocalDate today, Zoom zoom,
                                Labels labels) {
        LocalDate from = null;
        LocalDate to = null;
        for (PhaseRef p : phases) {
            from = from == null ? p.start() : min(from, p.start());
            to = to == null ? p.end() : max(to, p.end());
        }
        for (MilestoneItem m : milestones) {
            LocalDate first = m.start() == null ? m.due() : m.start();
            from = from == null ? first : min(from, first);
            to = to == null ? m.due() : max(to, m.due());
        }
        if (from == null) {
            from = today;
            to = today;
        }
        // Today belongs in the drawing when the plan is near it; a plan long past is drawn on its own.
        if (!today.isBefore(from.minusMonths(6)) && !today.isAfter(to.plusMonths(6))) {
            from = min(from, today);
            to = max(to, today);
        }
        from = from.withDayOfMonth(1).minusMonths(zoom == Zoom.QUARTER ? (from.getMonthValue() - 1) % 3 : 0);
        to = to.plusMonths(1).withDayOfMonth(1);
        long days = ChronoUnit.DAYS.between(from, to);
        int width = LABEL_WIDTH + (int) Math.ceil(days * zoom.pixelsPerDay) + 20;
        int height = HEADER + (phases.size() + milestones.size()) * ROW + 20;
        final LocalDate origin = from;
        Function<LocalDate, Double> x = d -> LABEL_WIDTH + ChronoUnit.DAYS.between(origin, d) * zoom.pixelsPerDay;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cv-timeline\" role=\"img\" aria-labelledby=\"tl-title\" ")
                .append("width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\">")
                .append("<title id=\"tl-title\">").append(escape(labels.title())).append("</title>")
                .append("<defs>")
                .append("<pattern id=\"tl-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#b45309\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/></pattern>")
                .append("<pattern id=\"tl-cross\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"#b91c1c\"/><path d=\"M0,0 L8,8 M8,0 L0,8\" stroke=\"#fff\" stroke-width=\"1.5\"/></pattern>")
                .append("<marker id=\"tl-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a5468\"/></marker>")
                .append("</defs>");

        // Gridlines and their labels: every month (month zoom) or quarter.
        DateTimeFormatter month = DateTimeFormatter.ofPattern(zoom == Zoom.MONTH ? "MMM yyyy" : "MMM yy", labels.locale());
        for (LocalDate d = from; d.isBefore(to); d = d.plusMonths(zoom == Zoom.MONTH ? 1 : 3)) {
            double gx = x.apply(d);
            svg.append("<line class=\"tl-grid\" x1=\"").append(fmt(gx)).append("\" y1=\"").append(HEADER - 6)
                    .append("\" x2=\"").append(fmt(gx)).append("\" y2=\"").append(height - 10)
                    .append("\" stroke=\"#d5dbe6\" stroke-width=\"1\"/>")
                    .append("<text class=\"tl-month\" x=\"").append(fmt(gx + 3)).append("\" y=\"18\" font-size=\"12\" fill=\"#4a5468\">")
                    .append(escape(month.format(d))).append("</text>");
        }

        int row = 0;
        for (PhaseRef p : phases) {
            int y = HEADER + row++ * ROW;
            double x1 = x.apply(p.start());
            double x2 = x.apply(p.end().plusDays(1));
            svg.append("<g class=\"tl-phase\" data-phase=\"").append(p.id()).append("\"><title>")
                    .append(escape(p.name() + ": " + p.start() + " – " + p.end())).append("</title>")
                    .append("<text x=\"8\" y=\"").append(y + 19).append("\" font-size=\"12\" font-weight=\"600\" fill=\"#1d2433\">")
                    .append(escape(clip(p.name(), 32))).append("</text>")
                    .append("<rect x=\"").append(fmt(x1)).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(fmt(Math.max(2, x2 - x1))).append("\" height=\"").append(ROW - 8)
                    .append("\" rx=\"4\" fill=\"#e6ecf7\" stroke=\"#0b5cab\" stroke-width=\"1\"/></g>");
        }

        Map<Long, double[]> anchors = new HashMap<>();
        Map<Long, PhaseRef> phaseById = new HashMap<>();
        phases.forEach(p -> phaseById.put(p.id(), p));
        int firstMilestoneRow = row;
        for (MilestoneItem m : milestones) {
            int y = HEADER + row++ * ROW;
            double due = x.apply(m.due());
            String status = labels.status().apply(m.status());
            PhaseRef phase = m.phaseId() == null ? null : phaseById.get(m.phaseId());
            boolean outside = phase != null && m.outside(phase);
            boolean cancelled = m.status() == MilestoneStatus.CANCELLED;
            svg.append("<g class=\"tl-milestone tl-").append(m.status().name().toLowerCase(Locale.ROOT))
                    .append(outside ? " tl-outside" : "")
                    .append("\" data-milestone=\"").append(m.id()).append("\"><title>")
                    .append(escape(m.title() + " — " + status + ", " + m.due() + (outside ? " — " + labels.outsidePhase()
                            + " (" + phase.name() + ": " + phase.start() + " – " + phase.end() + ")" : ""))).append("</title>")
                    .append("<text x=\"16\" y=\"").append(y + 19).append("\" font-size=\"12\" fill=\"#1d2433\"")
                    .append(cancelled ? " text-decoration=\"line-through\"" : "").append(">")
                    .append(escape(clip(m.title(), 30))).append("</text>");
            double endX;
            if (m.start() != null) {
                double start = x.apply(m.start());
                endX = x.apply(m.due().plusDays(1));
                svg.append("<rect class=\"tl-bar\" x=\"").append(fmt(start)).append("\" y=\"").append(y + 7)
                        .append("\" width=\"").append(fmt(Math.max(3, endX - start))).append("\" height=\"").append(ROW - 14)
                        .append("\" rx=\"3\" ").append(fill(m.status())).append("/>");
                anchors.put(m.id(), new double[] {start, endX, y + ROW / 2.0});
            } else {
                double cy = y + ROW / 2.0;
                endX = due + 8;
                svg.append("<path class=\"tl-diamond\" d=\"M").append(fmt(due)).append(',').append(fmt(cy - 8))
                        .append(" L").append(fmt(due + 8)).append(',').append(fmt(cy)).append(" L").append(fmt(due))
                        .append(',').append(fmt(cy + 8)).append(" L").append(fmt(due - 8)).append(',').append(fmt(cy))
                        .append(" Z\" ").append(fill(m.status())).append("/>");
                anchors.put(m.id(), new double[] {due - 8, due + 8, cy});
            }
            if (cancelled) {
                svg.append("<line class=\"tl-strike\" x1=\"").append(fmt(anchors.get(m.id())[0] - 2)).append("\" y1=\"")
                        .append(fmt(y + ROW / 2.0)).append("\" x2=\"").append(fmt(anchors.get(m.id())[1] + 2))
                        .append("\" y2=\"").append(fmt(y + ROW / 2.0)).append("\" stroke=\"#1d2433\" stroke-width=\"2\"/>");
            }
            svg.append("<text class=\"tl-status\" x=\"").append(fmt(endX + 6)).append("\" y=\"").append(y + 19)
                    .append("\" font-size=\"12\" fill=\"#1d2433\">")
                    .append(escape((m.status() == MilestoneStatus.DONE ? "✓ " : cancelled ? "✕ " : "") + status));
            if (outside) {
                svg.append("<tspan class=\"tl-outside-mark\" font-weight=\"700\" fill=\"#b45309\"> · ⚠ ")
                        .append(escape(labels.outsidePhase())).append("</tspan>");
            }
            svg.append("</text></g>");
        }
        for (MilestoneItem m : milestones) {
            double[] to2 = anchors.get(m.id());
            for (Long dependency : m.dependsOn()) {
                double[] from2 = anchors.get(dependency);
                if (from2 != null && to2 != null) {
                    svg.append("<path class=\"tl-dependency\" d=\"M").append(fmt(from2[1])).append(',').append(fmt(from2[2]))
                            .append(" C").append(fmt(from2[1] + 20)).append(',').append(fmt(from2[2])).append(' ')
                            .append(fmt(to2[0] - 20)).append(',').append(fmt(to2[2])).append(' ').append(fmt(to2[0] - 2))
                            .append(',').append(fmt(to2[2])).append("\" fill=\"none\" stroke=\"#4a5468\" stroke-width=\"1.2\" ")
                            .append("marker-end=\"url(#tl-arrow)\"/>");
                }
            }
        }
        if (!today.isBefore(from) && today.isBefore(to)) {
            double tx = x.apply(today);
            svg.append("<g class=\"tl-today\"><title>").append(escape(labels.today() + ": " + today)).append("</title>")
                    .append("<line x1=\"").append(fmt(tx)).append("\" y1=\"").append(HEADER - 10).append("\" x2=\"")
                    .append(fmt(tx)).append("\" y2=\"").append(height - 10)
                    .append("\" stroke=\"#b91c1c\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>")
                    .append("<text x=\"").append(fmt(tx + 4)).append("\" y=\"").append(HEADER - 2)
                    .append("\" font-size=\"12\" font-weight=\"700\" fill=\"#b91c1c\">").append(escape(labels.today()))
                    .append("</text></g>");
        }
        if (firstMilestoneRow == row && phases.isEmpty()) {
            svg.append("<text x=\"8\" y=\"").append(HEADER + 18).append("\" font-size=\"12\">–</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String fill(MilestoneStatus status) {
        return switch (status) {
            case PLANNED -> "fill=\"#ffffff\" stroke=\"#0b5cab\" stroke-width=\"2\" stroke-dasharray=\"4 2\"";
            case IN_PROGRESS -> "fill=\"#0b5cab\" stroke=\"#0b5cab\"";
            case AT_RISK -> "fill=\"url(#tl-hatch)\" stroke=\"#b45309\"";
            case BLOCKED -> "fill=\"url(#tl-cross)\" stroke=\"#b91c1c\"";
            case DONE -> "fill=\"#15803d\" stroke=\"#15803d\"";
            case CANCELLED -> "fill=\"#e5e7eb\" stroke=\"#6b7280\" stroke-dasharray=\"2 2\"";
        };
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Month zoom for plans shorter than 15 months, quarters from there on. */
    public static Zoom suggestedZoom(List<PhaseRef> phases, List<MilestoneItem> milestones) {
        LocalDate from = null;
        LocalDate to = null;
        for (PhaseRef p : phases) {
            from = from == null ? p.start() : min(from, p.start());
            to = to == null ? p.end() : max(to, p.end());
        }
        for (MilestoneItem m : milestones) {
            LocalDate first = m.start() == null ? m.due() : m.start();
            from = from == null ? first : min(from, first);
            to = to == null ? m.due() : max(to, m.due());
        }
        return from != null && ChronoUnit.MONTHS.between(from, to) >= 15 ? Zoom.QUARTER : Zoom.MONTH;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
