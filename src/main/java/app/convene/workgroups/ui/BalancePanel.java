package app.convene.workgroups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The balance tab (coordinators): members by sector and by region, counts below five hidden. */
class BalancePanel extends Div {

    BalancePanel(Map<String, Map<String, Long>> balance) {
        add(new Paragraph(getTranslation("participation.note")));
        add(counts("participation.bySector", balance.get("sector"), key -> key.isEmpty()
                ? getTranslation("participation.unknown") : getTranslation("sector." + key)));
        add(counts("participation.byRegion", balance.get("region"), key -> key.isEmpty()
                ? getTranslation("participation.unknown") : key));
    }

    private Component counts(String titleKey, Map<String, Long> counts, UnaryOperator<String> label) {
        UnorderedList list = new UnorderedList();
        counts.forEach((key, count) -> list.add(new ListItem(label.apply(key) + ": "
                + (count == null ? getTranslation("participation.fewerThan5") : count.toString()))));
        return new Div(new H3(getTranslation(titleKey)), list);
    }
}
