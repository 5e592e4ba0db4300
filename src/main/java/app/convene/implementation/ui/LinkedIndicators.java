package app.convene.implementation.ui;

import app.convene.implementation.LinkedIndicator;
import app.convene.indicators.Direction;
import app.convene.shared.ui.DateTimes;
import com.vaadin.flow.component.Component;
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
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(4);
        UnorderedList list = new UnorderedList();
        for (LinkedIndicator i : indicators) {
            String latest = i.latestValue() == null ? box.getTranslation("implementation.indicator.noValue")
                    : box.getTranslation("implementation.indicator.latest", amount(numbers, i.latestValue(), i.unit()),
                            dateTimes.date(i.latestPeriodEnd(), locale));
            list.add(new ListItem(box.getTranslation("implementation.indicator.line", i.name(), latest,
                    box.getTranslation("implementation.indicator.target", amount(numbers, i.targetValue(), i.unit()),
                            dateTimes.date(i.targetDate(), locale)),
                    (i.direction() == Direction.HIGHER ? "↑ " : "↓ ")
                            + box.getTranslation("indicator.direction." + i.direction().name()))));
        }
        box.add(new Paragraph(box.getTranslation("implementation.indicatorsLine")), list);
        return box;
    }

    private static String amount(NumberFormat numbers, BigDecimal value, String unit) {
        return numbers.format(value) + " " + unit;
    }
}
