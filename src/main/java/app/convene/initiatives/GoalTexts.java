package app.convene.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A strategic goal as a coordinator edits it: a short code ("Goal 2"), texts and translations, ordered strategies. */
public record GoalTexts(@Size(max = 20) String code,
                        @NotBlank @Size(max = 200) String title, @Size(max = 200) String titleTranslation,
                        @Size(max = 4000) String description, @Size(max = 4000) String descriptionTranslation,
                        @NotNull List<@Valid Strategy> strategies) {

    public static final int CODE_MAX = 20;

    /** One strategy and its optional translation. */
    public record Strategy(@NotBlank @Size(max = 1000) String text, @Size(max = 1000) String translation) {
    }
}
