package app.convene.recommendations.ui;

import app.convene.recommendations.RecommendationSourcesService;
import app.convene.recommendations.Sources;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The drafters' form choosing the goals and workgroups a recommendation comes from (see {@link SourcesPanel}). */
class SourcePickers extends Div {

    private final RecommendationSourcesService sources;
    private final Runnable saved;
    final MultiSelectComboBox<Sources.Named> goals = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Sources.Named> workgroups = new MultiSelectComboBox<>();
    final Button save = new Button();
    private long id;

    SourcePickers(RecommendationSourcesService sources, Runnable saved) {
        this.sources = sources;
        this.saved = saved;
        goals.setItemLabelGenerator(Sources.Named::name);
        workgroups.setItemLabelGenerator(Sources.Named::name);
        goals.setLabel(getTranslation("recommendation.sources.goals"));
        workgroups.setLabel(getTranslation("recommendation.sources.workgroups"));
        save.setText(getTranslation("recommendation.sources.save"));
        save.addClickListener(click -> save());
        addClassName("cv-inline-form");
        add(goals, workgroups, save);
    }

    /** Fills the form with the initiative's goals and workgroups and the recommendation's choice. */
    void edit(long initiativeId, long recommendationId) {
        id = recommendationId;
        Sources options = sources.sourceOptions(initiativeId);
        Sources chosen = sources.sources(id);
        // A goal retired since it was chosen stays listed (and ticked) for this recommendation only.
        Set<Sources.Named> goalItems = new LinkedHashSet<>(options.goals());
        goalItems.addAll(chosen.goals());
        goals.setItems(goalItems);
        workgroups.setItems(options.workgroups());
        goals.setValue(new HashSet<>(chosen.goals()));
        workgroups.setValue(new HashSet<>(chosen.workgroups()));
    }

    private void save() {
        try {
            sources.setSources(id, ids(goals.getValue()), ids(workgroups.getValue()));
            FieldErrors.clear(goals);
            saved.run();
            Notices.success(getTranslation("recommendation.sources.saved"));
        } catch (ValidationError e) {
            FieldErrors.show(goals, getTranslation(e.messageKey(), e.params()));
        }
    }

    private static Set<Long> ids(Set<Sources.Named> named) {
        return named.stream().map(Sources.Named::id).collect(Collectors.toSet());
    }
}
