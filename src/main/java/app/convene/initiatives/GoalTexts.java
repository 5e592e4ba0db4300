package app.convene.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A strategic goal as a coordinator edits it: a short code ("Goal 2"), texts and translations, ordered strategies. */
public record GoalTexts(@Size(max = GoalTexts.CODE_MAX) String code,
                        @NotBlank @Size(max = GoalTexts.TITLE_MAX) String title,
                        @Size(max = GoalTexts.TITLE_MAX) String titleTranslation,
                        @Size(max = GoalTexts.DESCRIPTION_MAX) String description,
                        @Size(max = GoalTexts.DESCRIPTION_MAX) String descriptionTranslation,
                        @NotNull List<@Valid Strategy> strategies) {

    public static final int CODE_MAX = 20;
    public static final int TITLE_MAX = ContentDraft.NAME_MAX;
    public static final int DESCRIPTION_MAX = ContentDraft.TEXT_MAX;
    public static final int STRATEGY_MAX = 1000;

    /** One strategy and its optional translation. */
    public record Strategy(@NotBlank @Size(max = GoalTexts.STRATEGY_MAX) String text,
                           @Size(max = GoalTexts.STRATEGY_MAX) String translation) {
    }
}
