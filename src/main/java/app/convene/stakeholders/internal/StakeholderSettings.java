package app.convene.stakeholders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What an initiative's coordinators set for its partners list and its public registration; one row per
 * initiative, made on the first change. A null {@code registrationOpen} follows the site's default.
 */
@Entity
@Table(name = "stakeholder_settings")
public class StakeholderSettings {

    @Id
    @Column(name = "initiative_id")
    private Long initiativeId;

    /** Null until stored: the repository then knows the row is new (the id is the initiative's). */
    @Version
    private Long version;

    @Column(name = "registration_open")
    private Boolean registrationOpen;

    @Column(name = "join_text", length = 1000)
    private String joinText;

    @Column(name = "join_text_es", length = 1000)
    private String joinTextEs;

    @Column(name = "partners_by_county", nullable = false)
    private boolean partnersByCounty;

    protected StakeholderSettings() {
    }

    public StakeholderSettings(long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public long getInitiativeId() { return initiativeId; }
    public Long getVersion() { return version; }
    public Boolean getRegistrationOpen() { return registrationOpen; }
    public String getJoinText() { return joinText; }
    public String getJoinTextEs() { return joinTextEs; }
    public boolean isPartnersByCounty() { return partnersByCounty; }

    public void registration(Boolean open, String text, String textEs) {
        this.registrationOpen = open;
        this.joinText = text;
        this.joinTextEs = textEs;
    }

    public void partnersByCounty(boolean byCounty) {
        this.partnersByCounty = byCounty;
    }

    /** For the audit log. */
    public String describeRegistration() {
        return "open=" + (registrationOpen == null ? "site default" : registrationOpen) + ", text=" + joinText
                + ", text (es)=" + joinTextEs;
    }
}
