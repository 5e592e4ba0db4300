package app.convene.workgroups.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "workgroup")
public class Workgroup extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(nullable = false, length = 200)
    private String name;

    private String charter;

    private Integer capacity;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Workgroup() {
    }

    public Workgroup(long initiativeId, Long goalId, String name) {
        this.initiativeId = initiativeId;
        this.goalId = goalId;
        this.name = name;
    }

    public void configure(String name, String charter, Integer capacity, boolean closed) {
        this.name = name;
        this.charter = charter;
        this.capacity = capacity;
        this.closed = closed;
    }

    public long getInitiativeId() { return initiativeId; }
    public Long getGoalId() { return goalId; }
    public String getName() { return name; }
    public String getCharter() { return charter; }
    public Integer getCapacity() { return capacity; }
    public boolean isClosed() { return closed; }
}
