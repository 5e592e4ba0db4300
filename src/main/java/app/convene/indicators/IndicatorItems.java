package app.convene.indicators;

import app.convene.indicators.internal.Indicator;
import app.convene.indicators.internal.IndicatorValue;
import app.convene.indicators.internal.IndicatorValueRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/** Turns stored indicators into items, reading the values of a whole page in one query. */
@Component
class IndicatorItems {

    private final IndicatorValueRepository values;

    IndicatorItems(IndicatorValueRepository values) {
        this.values = values;
    }

    Slice<IndicatorItem> of(Slice<Indicator> page) {
        Map<Long, List<PeriodValue>> byIndicator = valuesOf(page.getContent());
        return page.map(i -> item(i, byIndicator.getOrDefault(i.getId(), List.of())));
    }

    IndicatorItem of(Indicator indicator) {
        return item(indicator, valuesOf(List.of(indicator)).getOrDefault(indicator.getId(), List.of()));
    }

    private Map<Long, List<PeriodValue>> valuesOf(List<Indicator> indicators) {
        Map<Long, List<PeriodValue>> byIndicator = new HashMap<>();
        if (indicators.isEmpty()) {
            return byIndicator;
        }
        for (IndicatorValue v : values.findOf(indicators.stream().map(Indicator::getId).toList())) {
            byIndicator.computeIfAbsent(v.getIndicatorId(), k -> new ArrayList<>()).add(
                    new PeriodValue(v.getId(), v.getVersion(), v.getPeriodEnd(), v.getValue(), v.getNote()));
        }
        return byIndicator;
    }

    private static IndicatorItem item(Indicator i, List<PeriodValue> values) {
        return new IndicatorItem(i.getId(), i.getVersion(), i.getInitiativeId(), i.getGoalId(), i.getName(), i.getUnit(),
                i.getDirection(), i.getBaselineValue(), i.getBaselineDate(), i.getTargetValue(), i.getTargetDate(),
                i.getSource(), i.isPublicIndicator(), List.copyOf(values));
    }
}
