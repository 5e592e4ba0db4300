package app.convene.workgroups;

import java.time.Instant;
import java.time.LocalDate;

/** A note as members read it; {@code markdown} is shown through the safe renderer only. */
public record NoteItem(long id, NoteKind kind, String title, String markdown, LocalDate date, String author,
                       Long actionOwnerId, String actionOwner, LocalDate actionDue, Instant actionDoneAt) {

    public boolean openAction() {
        return kind == NoteKind.ACTION && actionDoneAt == null;
    }
}
