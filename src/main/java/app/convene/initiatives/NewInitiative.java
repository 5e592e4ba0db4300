package app.convene.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Everything needed to create an initiative with its goals and phases in one step. */
public record NewInitiative(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String region,
        @Size(max = 4000) String summary,
        @Size(max = 4000) String vision,
        @Size(max = 4000) String mission,
        @NotNull List<@Valid GoalDraft> goals,
        @NotNull List<@Valid PhaseDraft> phases) {

    public record GoalDraft(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
                            @NotNull List<@NotBlank @Size(max = 1000) String> strategies) {
    }

    public record PhaseDraft(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
                             @NotNull LocalDate start, @NotNull LocalDate end) {
    }
}
