package app.convene.stakeholders.internal;

import app.convene.shared.BaseEntity;
import app.convene.stakeholders.PartnerRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An organization's part in one initiative. The initiative is referenced by id across the module line. */
@Entity
@Table(name = "initiative_partner")
public class Partnership extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PartnerRole role;

    @Column(nullable = false)
    private int position;

    @Column(name = "since_date")
    private LocalDate since;

    @Column(name = "until_date")
    private LocalDate until;

    protected Partnership() {
    }

    public Partnership(long initiativeId, Organization organization, PartnerRole role, int position) {
        this(initiativeId, organization, role, position, null, null);
    }

    public Partnership(long initiativeId, Organization organization, PartnerRole role, int position, LocalDate since,
                       LocalDate until) {
        this.initiativeId = initiativeId;
        this.organization = organization;
        this.role = role;
        this.position = position;
        this.since = since;
        this.until = until;
    }

    public long getInitiativeId() { return initiativeId; }
    public Organization getOrganization() { return organization; }
    public PartnerRole getRole() { return role; }
    public int getPosition() { return position; }
    public LocalDate getSince() { return since; }
    public LocalDate getUntil() { return until; }

    /** For the audit log: who, in which part, since and until when. */
    public String describe() {
        Organization parent = organization.getParent();
        return (parent == null ? "" : parent.getName() + " — ") + organization.getName() + " as " + role
                + (since == null ? "" : ", since " + since) + (until == null ? "" : ", until " + until);
    }
}
