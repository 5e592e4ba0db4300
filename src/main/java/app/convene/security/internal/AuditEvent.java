package app.convene.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log. The database refuses updates and deletes of these rows. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_label", nullable = false, length = 300)
    private String actorLabel;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", length = 100)
    private String subjectId;

    @Column(name = "initiative_id")
    private Long initiativeId;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, Long actorId, String actorLabel, String action, String subjectType,
                      String subjectId, Long initiativeId, String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorLabel = actorLabel;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.initiativeId = initiativeId;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public String getActorLabel() { return actorLabel; }
    public String getAction() { return action; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public Long getInitiativeId() { return initiativeId; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
