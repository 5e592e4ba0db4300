package app.convene.convenings.internal;

import app.convene.convenings.MinutesStatus;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The minutes of one convening: the text being written or reviewed. Approving copies the text into a frozen
 * version (minutes_version); the version column stops concurrent edits from overwriting each other.
 */
@Entity
@Table(name = "convening_minutes")
public class ConveningMinutes extends BaseEntity {

    @Column(name = "convening_id", nullable = false)
    private long conveningId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesStatus status = MinutesStatus.DRAFT;
    @Column(nullable = false)
    private String markdown = "";
    @Column(name = "updated_by")
    private Long updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConveningMinutes() {
    }

    public ConveningMinutes(long conveningId, Instant now) {
        this.conveningId = conveningId;
        this.updatedAt = now;
    }

    public void write(String markdown, Long by, Instant now) {
        this.markdown = markdown;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public void status(MinutesStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public long getConveningId() { return conveningId; }
    public MinutesStatus getStatus() { return status; }
    public String getMarkdown() { return markdown; }
    public Long getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
