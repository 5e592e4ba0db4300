package app.convene.timeline.internal;

import app.convene.shared.BaseEntity;
import app.convene.timeline.MilestoneStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "milestone")
public class Milestone extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;
    @Column(name = "phase_id")
    private Long phaseId;
    @Column(nullable = false, length = 200)
    private String title;
    private String description;
    @Column(name = "owner_workgroup_id")
    private Long ownerWorkgroupId;
    @Column(name = "owner_person_id")
    private Long ownerPersonId;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status = MilestoneStatus.PLANNED;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "public_milestone", nullable = false)
    private boolean publicMilestone;

    protected Milestone() {
    }

    public Milestone(long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public void write(String title, String description, Long phaseId, Long ownerWorkgroupId, Long ownerPersonId,
                      LocalDate start, LocalDate due, boolean publicMilestone) {
        this.title = title;
        this.description = description;
        this.phaseId = phaseId;
        this.ownerWorkgroupId = ownerWorkgroupId;
        this.ownerPersonId = ownerPersonId;
        this.startDate = start;
        this.dueDate = due;
        this.publicMilestone = publicMilestone;
    }

    public void status(MilestoneStatus status, LocalDate today) {
        this.status = status;
        this.completedOn = status == MilestoneStatus.DONE ? (completedOn == null ? today : completedOn) : null;
    }

    public long getInitiativeId() { return initiativeId; }
    public Long getPhaseId() { return phaseId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Long getOwnerWorkgroupId() { return ownerWorkgroupId; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getDueDate() { return dueDate; }
    public MilestoneStatus getStatus() { return status; }
    public LocalDate getCompletedOn() { return completedOn; }
    public boolean isPublicMilestone() { return publicMilestone; }
}
