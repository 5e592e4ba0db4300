package app.convene.initiatives;

import java.util.List;
import java.util.Map;

/**
 * An initiative's public texts in a reader's language, each falling back to the original (null: no such text).
 * Retired goals are left out.
 */
public record PublicContent(LocalText name, LocalText summary, LocalText vision, LocalText mission,
                            List<Goal> goals, Map<Long, LocalText> phaseNames) {

    public record Goal(long id, String code, LocalText title, LocalText description, List<LocalText> strategies) {
    }
}
