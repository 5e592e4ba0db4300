package app.convene.demo;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorDraft;
import app.convene.indicators.IndicatorService;
import app.convene.indicators.IndicatorValueService;
import app.convene.indicators.ValueDraft;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Impact indicators from {@code demo/indicators/indicators.yaml} (Puget Sound's goals), with invented values: each
 * indicator's source says they are demo values. Loaded once, through the indicators' own services.
 */
@Lazy
@Component
class IndicatorLoader {

    private final InitiativeService initiatives;
    private final IndicatorService indicators;
    private final IndicatorValueService values;

    IndicatorLoader(InitiativeService initiatives, IndicatorService indicators, IndicatorValueService values) {
        this.initiatives = initiatives;
        this.indicators = indicators;
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    void load() {
        Map<String, Object> root = DemoResources.yaml("demo/indicators/indicators.yaml");
        String source = String.valueOf(root.get("source"));
        for (Map<String, Object> i : (List<Map<String, Object>>) root.get("indicators")) {
            InitiativeDetails initiative = initiatives.findPublicBySlug(String.valueOf(i.get("initiative"))).orElseThrow();
            long goalId = initiative.goals().stream().filter(g -> g.title().equals(i.get("goal"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No goal " + i.get("goal"))).id();
            Map<String, Object> baseline = (Map<String, Object>) i.get("baseline");
            Map<String, Object> target = (Map<String, Object>) i.get("target");
            long id = indicators.save(initiative.id(), null, null, new IndicatorDraft(goalId, String.valueOf(i.get("name")),
                    String.valueOf(i.get("unit")), Direction.valueOf(String.valueOf(i.get("direction"))),
                    number(baseline.get("value")), LocalDate.parse(String.valueOf(baseline.get("date"))),
                    number(target.get("value")), LocalDate.parse(String.valueOf(target.get("date"))), source,
                    Boolean.TRUE.equals(i.get("public"))));
            for (Map.Entry<String, Object> v : ((Map<String, Object>) i.get("values")).entrySet()) {
                values.save(id, null, null, new ValueDraft(LocalDate.parse(v.getKey()), number(v.getValue()), null));
            }
        }
    }

    private static BigDecimal number(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
