package app.convene.implementation.ui;

import app.convene.implementation.LinkedIndicator;
import app.convene.indicators.Direction;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.Markup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Linked indicators as a list: each one's name, latest value (or none yet), target with its unit and date, and
 * which way it improves, all in text (the charts are on the initiative's indicators section).
 */
final class LinkedIndicators {

    private LinkedIndicators() {
    }

    /** "Linked indicators:" with the list, or "No linked indicators." when there are none. */
    static Component of(List<LinkedIndicator> indicators, DateTimes dateTimes, Locale locale) {
        Div box = new Div();
        box.addClassName("cv-implementation-indicators");
        if (indicators.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("implementation.noIndicators")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        lines(indicators, dateTimes, locale).forEach(line -> list.add(new ListItem(line)));
        box.add(new Paragraph(box.getTranslation("implementation.indicatorsLine")), list);
        return box;
    }

    /** The same as read-only markup (the initiative page's published recommendations); nothing when there are none. */
    static void write(List<LinkedIndicator> indicators, DateTimes dateTimes, Locale locale, Markup html) {
        if (indicators.isEmpty()) {
            return;
        }
        html.open("div", "class", "cv-implementation-indicators")
                .element("p", text("implementation.indicatorsLine")).open("ul");
        lines(indicators, dateTimes, locale).forEach(line -> html.element("li", line));
        html.close("ul").close("div");
    }

    /** Each indicator's line: name, latest value (or none yet), target, and which way it improves. */
    private static List<String> lines(List<LinkedIndicator> indicators, DateTimes dateTimes, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(4);
        return indicators.stream().map(i -> {
            String latest = i.latestValue() == null ? text("implementation.indicator.noValue")
                    : text("implementation.indicator.latest", amount(numbers, i.latestValue(), i.unit()),
                            dateTimes.date(i.latestPeriodEnd(), locale));
            return text("implementation.indicator.line", i.name(), latest,
                    text("implementation.indicator.target", amount(numbers, i.targetValue(), i.unit()),
                            dateTimes.date(i.targetDate(), locale)),
                    (i.direction() == Direction.HIGHER ? "↑ " : "↓ ")
                            + text("indicator.direction." + i.direction().name()));
        }).toList();
    }

    /** A text in the page's language (what an unattached component's {@code getTranslation} gives too). */
    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    private static String amount(NumberFormat numbers, BigDecimal value, String unit) {
        return numbers.format(value) + " " + unit;
    }
}
