package app.convene.analytics;

import java.math.BigDecimal;
import java.util.List;

/** A stored representation target: in the population, the people in any of the categories ≥ threshold %. */
public record Target(long id, long version, long initiativeId, Dimension dimension, List<String> categories,
                     Population population, BigDecimal thresholdPercent) {
}
