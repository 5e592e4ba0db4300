package app.convene.workgroups.internal;

import app.convene.shared.BaseEntity;
import app.convene.workgroups.NoteKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated Markdown entry: meeting notes, a decision, or an action item with owner and due date. */
@Entity
@Table(name = "workgroup_note")
public class Note extends BaseEntity {

    @Column(name = "workgroup_id", nullable = false)
    private long workgroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoteKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    private String body;

    @Column(name = "note_date", nullable = false)
    private LocalDate noteDate;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "action_owner")
    private Long actionOwner;

    @Column(name = "action_due")
    private LocalDate actionDue;

    @Column(name = "action_done_at")
    private Instant actionDoneAt;

    @Column(name = "action_done_by")
    private Long actionDoneBy;

    protected Note() {
    }

    public Note(long workgroupId, NoteKind kind, String title, String body, LocalDate noteDate, Long authorId,
                Long actionOwner, LocalDate actionDue, Instant createdAt) {
        this.workgroupId = workgroupId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.noteDate = noteDate;
        this.authorId = authorId;
        this.actionOwner = actionOwner;
        this.actionDue = actionDue;
        this.createdAt = createdAt;
    }

    public void markDone(Long by, Instant at) {
        this.actionDoneAt = at;
        this.actionDoneBy = by;
    }

    public long getWorkgroupId() { return workgroupId; }
    public NoteKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public LocalDate getNoteDate() { return noteDate; }
    public Long getAuthorId() { return authorId; }
    public Long getActionOwner() { return actionOwner; }
    public LocalDate getActionDue() { return actionDue; }
    public Instant getActionDoneAt() { return actionDoneAt; }
}
