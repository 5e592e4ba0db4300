package app.convene.stakeholders.ui;

import app.convene.stakeholders.ParticipationSummary;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;

/** Participation in aggregate for coordinators; suppressed counts read "fewer than 5". */
class ParticipationPanel extends Details {

    ParticipationPanel(ParticipationSummary summary) {
        setSummaryText(getTranslation("participation.title", summary.stakeholders()));
        addClassName("cv-optional");
        Div content = new Div(new Paragraph(getTranslation("participation.note")));
        content.addClassName("cv-participation");
        content.add(list("participation.bySector", summary.bySector(), key -> getTranslation("sector." + key)));
        content.add(list("participation.byRegion", summary.byRegion(),
                key -> key.isEmpty() ? getTranslation("participation.unknown") : key));
        content.add(new Paragraph(summary.answeredDemographics() == null
                ? getTranslation("participation.demographics.few")
                : getTranslation("participation.demographics.answered", summary.answeredDemographics())));
        if (summary.answeredDemographics() != null) {
            content.add(list("common.race", summary.byRaceEthnicity(), key -> getTranslation("demographics.race." + key)));
            content.add(list("common.gender", summary.byGender(), key -> getTranslation("demographics.gender." + key)));
            content.add(list("participation.lived", summary.byLivedExperience(),
                    key -> getTranslation("demographics.lived." + key)));
        }
        add(content);
    }

    private Div list(String titleKey, List<ParticipationSummary.Count> counts, Function<String, String> label) {
        UnorderedList list = new UnorderedList();
        for (ParticipationSummary.Count count : counts) {
            list.add(new ListItem(label.apply(count.key()) + ": " + (count.suppressed()
                    ? getTranslation("participation.fewerThan5") : count.count().toString())));
        }
        Div block = new Div(new H3(getTranslation(titleKey)), list);
        block.addClassName("cv-participation-block");
        return block;
    }
}
