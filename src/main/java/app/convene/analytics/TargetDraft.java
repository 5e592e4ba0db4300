package app.convene.analytics;

import java.math.BigDecimal;
import java.util.List;

/** A representation target as a coordinator enters it (checked by {@link TargetService}). */
public record TargetDraft(Dimension dimension, List<String> categories, Population population,
                          BigDecimal thresholdPercent) {
}
