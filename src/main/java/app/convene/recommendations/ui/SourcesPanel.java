package app.convene.recommendations.ui;

import app.convene.recommendations.RecommendationSourcesService;
import app.convene.recommendations.Sources;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The goals and workgroups a recommendation comes from: a line every reader sees; drafters open the
 * {@link SourcePickers} to choose them (built, and the initiative's goals and workgroups read, only then).
 */
class SourcesPanel {

    private final RecommendationSourcesService sources;
    final Paragraph line = new TextOnly.Line();
    /** The drafters' pickers: made when a person who may draft enters ({@code null} for readers). */
    OnDemand<SourcePickers> form;
    private long initiativeId;
    private long id;

    SourcesPanel(RecommendationSourcesService sources) {
        this.sources = sources;
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

    /** Drafters may open the pickers, filled with the initiative's goals and workgroups and the current choice. */
    void edit(long initiative, long recommendationId) {
        initiativeId = initiative;
        id = recommendationId;
        if (form == null) {
            form = new OnDemand<>("recommendation-sources", "recommendation.sources.choose",
                    () -> new SourcePickers(sources, () -> show(id)));
        }
        form.reset();
        form.render(pickers -> pickers.edit(initiativeId, id));
    }
}
