package app.convene.workgroups.ui;

import app.convene.stakeholders.DemographicsTables;
import app.convene.stakeholders.ProtectedTable;
import app.convene.workgroups.WorkgroupBalance;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The balance tab (coordinators): members by sector and by region, counts below five hidden, and the
 * members' demographics protected by the disclosure control (totals are the sums of the counts shown).
 */
class BalancePanel extends Div {

    BalancePanel(WorkgroupBalance balance) {
        add(new Paragraph(getTranslation("participation.note")));
        add(counts("participation.bySector", balance.bySector(), key -> key.isEmpty()
                ? getTranslation("participation.unknown") : getTranslation("sector." + key)));
        add(counts("participation.byRegion", balance.byRegion(), key -> key.isEmpty()
                ? getTranslation("participation.unknown") : key));
        DemographicsTables demographics = balance.demographics();
        if (demographics.answered() == null) {
            add(new Paragraph(getTranslation("participation.demographics.fewMembers")));
            return;
        }
        add(new Paragraph(getTranslation("participation.protectedNote")));
        add(table("common.race", demographics.raceEthnicity(), "demographics.race."));
        add(table("common.gender", demographics.gender(), "demographics.gender."));
        add(table("participation.lived", demographics.livedExperience(), "demographics.lived."));
    }

    private Component counts(String titleKey, Map<String, Long> counts, UnaryOperator<String> label) {
        UnorderedList list = new UnorderedList();
        counts.forEach((key, count) -> list.add(new ListItem(label.apply(key) + ": " + shown(count))));
        return new Div(new H3(getTranslation(titleKey)), list);
    }

    private Component table(String titleKey, ProtectedTable table, String labelPrefix) {
        UnorderedList list = new UnorderedList();
        table.cells().forEach(cell -> list.add(new ListItem(getTranslation(labelPrefix + cell.label()) + ": "
                + shown(cell.value()))));
        return new Div(new H3(getTranslation(titleKey)), list,
                new Paragraph(getTranslation("participation.shownTotal", table.total())));
    }

    private String shown(Long count) {
        return count == null ? getTranslation("participation.fewerThan5") : count.toString();
    }
}
