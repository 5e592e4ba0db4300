package app.convene.stakeholders.internal;

import app.convene.shared.BaseEntity;
import app.convene.stakeholders.OrganizationType;
import app.convene.stakeholders.Sector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An organization at the table: a first-class record shared by every initiative. */
@Entity
@Table(name = "organization")
public class Organization extends BaseEntity {

    @Column(nullable = false, length = 300)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganizationType type;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Sector sector;

    @Column(length = 120)
    private String county;

    @Column(length = 200)
    private String region;

    protected Organization() {
    }

    public Organization(String name, Organization parent, OrganizationType type, Sector sector, String county,
                        String region) {
        this.name = name;
        this.parent = parent;
        this.type = type;
        this.sector = sector;
        this.county = county;
        this.region = region;
    }

    public String getName() { return name; }
    public Organization getParent() { return parent; }
    public OrganizationType getType() { return type; }
    public Sector getSector() { return sector; }
    public String getCounty() { return county; }
    public String getRegion() { return region; }
}
