package app.convene.recommendations.ui;

import app.convene.recommendations.RecommendationSourcesService;
import app.convene.recommendations.Sources;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The goals and workgroups a recommendation comes from: a line every reader sees, and for drafters
 * a form to choose them. The page places {@link #line} and {@link #form}.
 */
class SourcesPanel {

    private final RecommendationSourcesService sources;
    final Paragraph line = new Paragraph();
    final MultiSelectComboBox<Sources.Named> goals = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Sources.Named> workgroups = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Div form = new Div(goals, workgroups, save);
    private long id;

    SourcesPanel(RecommendationSourcesService sources) {
        this.sources = sources;
        goals.setItemLabelGenerator(Sources.Named::name);
        workgroups.setItemLabelGenerator(Sources.Named::name);
        save.addClickListener(click -> save());
        form.addClassName("cv-inline-form");
    }

    /** The line for the recommendation as saved now. */
    void show(long recommendationId) {
        id = recommendationId;
        Sources chosen = sources.sources(id);
        List<String> names = new ArrayList<>();
        chosen.goals().forEach(g -> names.add(g.name()));
        chosen.workgroups().forEach(w -> names.add(w.name()));
        line.setText(names.isEmpty() ? line.getTranslation("recommendation.sources.none")
                : line.getTranslation("recommendation.sources.line", String.join(" · ", names)));
    }

    /** Fills the form with the initiative's goals and workgroups and the recommendation's choice. */
    void edit(long initiativeId, long recommendationId) {
        id = recommendationId;
        Sources options = sources.sourceOptions(initiativeId);
        Sources chosen = sources.sources(id);
        goals.setLabel(form.getTranslation("recommendation.sources.goals"));
        workgroups.setLabel(form.getTranslation("recommendation.sources.workgroups"));
        save.setText(form.getTranslation("recommendation.sources.save"));
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
            show(id);
            Notices.success(form.getTranslation("recommendation.sources.saved"));
        } catch (ValidationError e) {
            FieldErrors.show(goals, form.getTranslation(e.messageKey(), e.params()));
        }
    }

    private static Set<Long> ids(Set<Sources.Named> named) {
        return named.stream().map(Sources.Named::id).collect(Collectors.toSet());
    }
}
