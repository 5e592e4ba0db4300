package app.convene.workgroups.internal;

import app.convene.security.WorkgroupRoles;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "workgroup_member")
public class Member extends BaseEntity {

    @Column(name = "workgroup_id", nullable = false)
    private long workgroupId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkgroupRoles.Role role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Member() {
    }

    public Member(long workgroupId, long personId, WorkgroupRoles.Role role, Instant joinedAt) {
        this.workgroupId = workgroupId;
        this.personId = personId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public void makeLead() {
        this.role = WorkgroupRoles.Role.LEAD;
    }

    public void makeMember() {
        this.role = WorkgroupRoles.Role.MEMBER;
    }

    public long getWorkgroupId() { return workgroupId; }
    public long getPersonId() { return personId; }
    public WorkgroupRoles.Role getRole() { return role; }
    public Instant getJoinedAt() { return joinedAt; }
}
