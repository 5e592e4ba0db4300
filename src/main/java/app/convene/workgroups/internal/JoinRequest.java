package app.convene.workgroups.internal;

import app.convene.shared.BaseEntity;
import app.convene.workgroups.JoinRequestStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "join_request")
public class JoinRequest extends BaseEntity {

    @Column(name = "workgroup_id", nullable = false)
    private long workgroupId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JoinRequestStatus status = JoinRequestStatus.PENDING;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected JoinRequest() {
    }

    public JoinRequest(long workgroupId, long personId, String reason, Instant createdAt) {
        this.workgroupId = workgroupId;
        this.personId = personId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public void decide(JoinRequestStatus status, String note, Long by, Instant at) {
        this.status = status;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public long getWorkgroupId() { return workgroupId; }
    public long getPersonId() { return personId; }
    public String getReason() { return reason; }
    public JoinRequestStatus getStatus() { return status; }
    public String getDecisionNote() { return decisionNote; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
