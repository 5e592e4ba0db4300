package app.convene.stakeholders.internal;

import app.convene.shared.BaseEntity;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationStatus;
import app.convene.stakeholders.Sector;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's registration as stakeholder of one initiative; once approved, their profile there. */
@Entity
@Table(name = "registration")
public class Registration extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Column(name = "email_key", nullable = false, length = 320)
    private String emailKey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "proposed_organization", length = 300)
    private String proposedOrganization;

    @Column(length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Sector sector;

    @Column(length = 120)
    private String county;

    @Column(length = 200)
    private String region;

    @Column(length = 300)
    private String languages;

    @Column(name = "accessibility_needs", length = 2000)
    private String accessibilityNeeds;

    @Column(name = "directory_consent", nullable = false)
    private boolean directoryConsent;

    /** The language the registrant filled in the form (a language tag), for the mail Convene sends them. */
    @Column(length = 8)
    private String language;

    @Column(name = "race_ethnicity", length = 400)
    private String raceEthnicity;

    @Column(length = 40)
    private String gender;

    @Column(name = "lived_experience", length = 40)
    private String livedExperience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.PENDING;

    @Column(nullable = false, length = 20)
    private String source = "FORM";

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "registration_goal", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new HashSet<>();

    protected Registration() {
    }

    public Registration(long initiativeId, String source, Instant now) {
        this.initiativeId = initiativeId;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes every answer of the form (or import row); the email key follows the email. */
    public void answer(NewRegistration answers, Organization organization, Instant now) {
        this.name = answers.name().strip();
        this.email = answers.email().strip();
        this.emailKey = NewRegistration.emailKey(answers.email());
        this.organization = organization;
        this.proposedOrganization = organization == null ? blankToNull(answers.proposedOrganization()) : null;
        this.title = blankToNull(answers.title());
        this.sector = answers.sector();
        this.county = blankToNull(answers.county());
        this.region = blankToNull(answers.region());
        this.languages = blankToNull(answers.languages());
        this.accessibilityNeeds = blankToNull(answers.accessibilityNeeds());
        this.directoryConsent = answers.directoryConsent();
        if (answers.language() != null) {
            this.language = answers.language();
        }
        this.goalIds.clear();
        this.goalIds.addAll(answers.goalIds());
        Demographics d = answers.demographics();
        this.raceEthnicity = d.raceEthnicity().isEmpty() ? null
                : d.raceEthnicity().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.gender = d.gender() == null ? null : d.gender().name();
        this.livedExperience = d.livedExperience() == null ? null : d.livedExperience().name();
        this.updatedAt = now;
    }

    public void decide(RegistrationStatus decision, String note, Long by, Instant now) {
        this.status = decision;
        this.decisionNote = blankToNull(note);
        this.decidedBy = by;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    public void reopen(Instant now) {
        this.status = RegistrationStatus.PENDING;
        this.updatedAt = now;
    }

    public void useOrganization(Organization organization) {
        this.organization = organization;
        this.proposedOrganization = null;
    }

    public void linkPerson(long personId) {
        this.personId = personId;
    }

    /** Closing an account: the profile is anonymised, the row (and so participation counts) stays. */
    public void anonymise(Instant now) {
        this.name = "Former stakeholder #" + getId();
        this.email = "closed-" + getId() + "@invalid";
        this.emailKey = this.email;
        this.title = null;
        this.county = null;
        this.languages = null;
        this.accessibilityNeeds = null;
        this.directoryConsent = false;
        this.raceEthnicity = null;
        this.gender = null;
        this.livedExperience = null;
        this.proposedOrganization = null;
        this.status = RegistrationStatus.CLOSED;
        this.updatedAt = now;
    }

    public Demographics demographics() {
        Set<Demographics.RaceEthnicity> race = raceEthnicity == null ? Set.of()
                : Arrays.stream(raceEthnicity.split(",")).map(Demographics.RaceEthnicity::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Demographics.RaceEthnicity.class)));
        return new Demographics(race, gender == null ? null : Demographics.Gender.valueOf(gender),
                livedExperience == null ? null : Demographics.LivedExperience.valueOf(livedExperience));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long getInitiativeId() { return initiativeId; }
    public String getEmailKey() { return emailKey; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public Organization getOrganization() { return organization; }
    public String getProposedOrganization() { return proposedOrganization; }
    public String getTitle() { return title; }
    public Sector getSector() { return sector; }
    public String getCounty() { return county; }
    public String getRegion() { return region; }
    public String getLanguages() { return languages; }
    public String getLanguage() { return language; }
    public String getAccessibilityNeeds() { return accessibilityNeeds; }
    public boolean isDirectoryConsent() { return directoryConsent; }
    public RegistrationStatus getStatus() { return status; }
    public String getSource() { return source; }
    public String getDecisionNote() { return decisionNote; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getPersonId() { return personId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<Long> getGoalIds() { return goalIds; }
}
