package app.convene.implementation;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorDraft;
import app.convene.indicators.IndicatorService;
import app.convene.indicators.IndicatorValueService;
import app.convene.indicators.ValueDraft;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Authorization;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Indicators made through the indicators module's own services (as the system), for linking in implementation
 * tests: "Jobs placed" style, higher is better, target 40 jobs by 31 Dec 2027, one value of 25 jobs (30 Jun 2025).
 */
@Component
public class TestIndicators {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final InitiativeService initiatives;

    TestIndicators(IndicatorService indicators, IndicatorValueService values, InitiativeService initiatives) {
        this.indicators = indicators;
        this.values = values;
        this.initiatives = initiatives;
    }

    /** A new indicator of the initiative's first goal, named {@code name} plus a number; returns its id. */
    public long make(String slug, String name, boolean isPublic) {
        var initiative = initiatives.findPublicBySlug(slug).orElseThrow();
        return Authorization.runAsSystem(() -> {
            long id = indicators.save(initiative.id(), null, null, new IndicatorDraft(initiative.goals().getFirst().id(),
                    name + " " + UNIQUE.incrementAndGet(), "jobs", Direction.HIGHER, new BigDecimal("10"),
                    LocalDate.of(2024, 12, 31), new BigDecimal("40"), LocalDate.of(2027, 12, 31), null, isPublic));
            values.save(id, null, null, new ValueDraft(LocalDate.of(2025, 6, 30), new BigDecimal("25"), null));
            return id;
        });
    }

    public String name(long id) {
        return Authorization.runAsSystem(() -> indicators.get(id).name());
    }
}
