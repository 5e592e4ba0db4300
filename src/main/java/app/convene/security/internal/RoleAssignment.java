package app.convene.security.internal;

import app.convene.security.InitiativeRole;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One role of one person in one initiative. */
@Entity
@Table(name = "initiative_role")
public class RoleAssignment extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private InitiativeRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointed_by")
    private Person appointedBy;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    protected RoleAssignment() {
    }

    public RoleAssignment(long initiativeId, Person person, InitiativeRole role, Person appointedBy, Instant at) {
        this.initiativeId = initiativeId;
        this.person = person;
        this.role = role;
        this.appointedBy = appointedBy;
        this.appointedAt = at;
    }

    public long getInitiativeId() { return initiativeId; }
    public Person getPerson() { return person; }
    public InitiativeRole getRole() { return role; }
    public Person getAppointedBy() { return appointedBy; }
    public Instant getAppointedAt() { return appointedAt; }
}
