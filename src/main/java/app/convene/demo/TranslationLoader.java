package app.convene.demo;

import app.convene.initiatives.ContentDraft;
import app.convene.initiatives.GoalService.GoalEdit;
import app.convene.initiatives.GoalService;
import app.convene.initiatives.GoalTexts;
import app.convene.initiatives.InitiativeContentService.ContentEdit;
import app.convene.initiatives.InitiativeContentService;
import app.convene.initiatives.InitiativeService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo coalitions' Spanish vision, mission and goal titles and their time zones ({@code demo/translations/es.yaml}),
 * written through the content services onto the demo initiatives that exist (runs once, also on older databases).
 */
@Lazy
@Component
class TranslationLoader {

    private final InitiativeService initiatives;
    private final InitiativeContentService content;
    private final GoalService goals;

    TranslationLoader(InitiativeService initiatives, InitiativeContentService content, GoalService goals) {
        this.initiatives = initiatives;
        this.content = content;
        this.goals = goals;
    }

    @SuppressWarnings("unchecked")
    void load() {
        for (Map<String, Object> coalition : read()) {
            initiatives.findPublicBySlug((String) coalition.get("slug")).ifPresent(initiative -> {
                long id = initiative.id();
                content.setTimeZone(id, ZoneId.of((String) coalition.get("time_zone")));
                ContentEdit edit = content.contentForEditing(id);
                ContentDraft t = edit.texts();
                content.saveContent(id, edit.version(), new ContentDraft(t.name(), t.nameTranslation(), t.region(),
                        t.summary(), t.summaryTranslation(), t.vision(), text(coalition, "vision"), t.mission(),
                        text(coalition, "mission")));
                Map<String, String> titles = (Map<String, String>) coalition.getOrDefault("goals", Map.of());
                for (GoalEdit goal : goals.goalsForEditing(id)) {
                    GoalTexts g = goal.texts();
                    String spanish = titles.get(g.title());
                    if (spanish != null) {
                        goals.saveGoal(id, goal.id(), goal.version(), new GoalTexts(g.code(), g.title(), spanish,
                                g.description(), g.descriptionTranslation(), g.strategies()));
                    }
                }
            });
        }
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value).strip();
    }

    private static List<Map<String, Object>> read() {
        try (InputStream in = new ClassPathResource("demo/translations/es.yaml").getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo translations", e);
        }
    }
}
