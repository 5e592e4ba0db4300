package app.convene.stakeholders.ui;

import app.convene.stakeholders.DemographicsTables;
import app.convene.stakeholders.ParticipationSummary;
import app.convene.stakeholders.ProtectedTable;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;

/**
 * Participation in aggregate for coordinators; suppressed counts read "fewer than 5". The demographics
 * are protected (decision 0040): their counts are perturbed and their totals are the sums of what is shown.
 */
class ParticipationPanel extends Details {

    ParticipationPanel(ParticipationSummary summary) {
        setSummaryText(getTranslation("participation.title", summary.stakeholders()));
        addClassName("cv-optional");
        Div content = new Div(new Paragraph(getTranslation("participation.note")));
        content.addClassName("cv-participation");
        content.add(list("participation.bySector", summary.bySector(), key -> getTranslation("sector." + key)));
        content.add(list("participation.byRegion", summary.byRegion(),
                key -> key.isEmpty() ? getTranslation("participation.unknown") : key));
        DemographicsTables demographics = summary.demographics();
        content.add(new Paragraph(demographics.answered() == null
                ? getTranslation("participation.demographics.few")
                : getTranslation("participation.demographics.answeredAbout", demographics.answered())));
        if (demographics.answered() != null) {
            content.add(new Paragraph(getTranslation("participation.protectedNote")));
            content.add(table("common.race", demographics.raceEthnicity(), "demographics.race."));
            content.add(table("common.gender", demographics.gender(), "demographics.gender."));
            content.add(table("participation.lived", demographics.livedExperience(), "demographics.lived."));
        }
        add(content);
    }

    private Div list(String titleKey, List<ParticipationSummary.Count> counts, Function<String, String> label) {
        UnorderedList list = new UnorderedList();
        for (ParticipationSummary.Count count : counts) {
            list.add(new ListItem(label.apply(count.key()) + ": " + (count.suppressed()
                    ? getTranslation("participation.fewerThan5") : count.count().toString())));
        }
        return block(titleKey, list);
    }

    private Div table(String titleKey, ProtectedTable table, String labelPrefix) {
        UnorderedList list = new UnorderedList();
        table.cells().forEach(cell -> list.add(new ListItem(getTranslation(labelPrefix + cell.label()) + ": "
                + (cell.suppressed() ? getTranslation("participation.fewerThan5") : cell.value().toString()))));
        Div block = block(titleKey, list);
        block.add(new Paragraph(getTranslation("participation.shownTotal", table.total())));
        return block;
    }

    private Div block(String titleKey, UnorderedList list) {
        Div block = new Div(new H3(getTranslation(titleKey)), list);
        block.addClassName("cv-participation-block");
        return block;
    }
}
