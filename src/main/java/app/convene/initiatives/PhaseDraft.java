package app.convene.initiatives;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A phase as a coordinator writes it; {@code parallel} lets it overlap other phases; {@code nameTranslation} is
 * the name in the initiative's second content language (optional).
 */
public record PhaseDraft(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
                         @NotNull LocalDate start, @NotNull LocalDate end, boolean parallel,
                         @Size(max = 200) String nameTranslation) {

    public PhaseDraft(String name, String description, LocalDate start, LocalDate end, boolean parallel) {
        this(name, description, start, end, parallel, null);
    }

    @AssertTrue
    public boolean isEndAfterStart() {
        return start == null || end == null || !end.isBefore(start);
    }
}
