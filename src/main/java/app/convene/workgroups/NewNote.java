package app.convene.workgroups;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A note to add; an action item names an owner (a member) and a due date. */
public record NewNote(@NotNull NoteKind kind, @NotBlank @Size(max = 200) String title, @Size(max = 20_000) String body,
                      @NotNull LocalDate date, Long actionOwnerId, LocalDate actionDue) {

    @AssertTrue
    public boolean isActionComplete() {
        return kind != NoteKind.ACTION || (actionOwnerId != null && actionDue != null);
    }
}
