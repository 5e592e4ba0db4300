package app.convene.recommendations;

import app.convene.recommendations.ReportExports.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines both export formats write the same way: an item's status line and its decision record. */
final class ReportLines {

    private ReportLines() {
    }

    static String meta(ReportDocument.Item item, Texts t) {
        return t.get("recommendation.status." + item.status().name()) + " · " + t.get("recommendation.revision",
                item.revisionNumber()) + " · " + t.get("export.authors", String.join(", ", item.authors()))
                + (item.sources().isEmpty() ? "" : " · " + t.get("recommendation.sources.line", String.join(", ", item.sources())));
    }

    /** The decision line: the round's result and rule, or that there is no decision yet. */
    static String decision(ReportDocument.Decision decision, Texts t, Locale locale, ZoneId zone) {
        if (decision == null) {
            return t.get("export.noDecision");
        }
        return t.get("export.decision", t.get("recommendation.status." + decision.result().name()),
                decision.revisionNumber(), date(decision.closedAt(), locale, zone), decision.responses().size(),
                decision.eligible(), decision.quorum());
    }

    /** Every response with its reason and resolution, one list item each. */
    static List<String> responses(ReportDocument.Decision decision, Texts t) {
        List<String> lines = new ArrayList<>();
        if (decision == null) {
            return lines;
        }
        for (RoundItem.Response r : decision.responses()) {
            lines.add(r.name() + ": " + t.get("decision.response." + r.response().name())
                    + (r.reason() == null ? "" : " — " + r.reason())
                    + (r.resolved() ? " (" + t.get("decision.resolved") + " " + r.resolution() + ")" : ""));
        }
        return lines;
    }

    static String date(Instant at, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone).format(at);
    }
}
