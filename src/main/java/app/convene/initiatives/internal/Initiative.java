package app.convene.initiatives.internal;

import app.convene.initiatives.InitiativeStatus;
import app.convene.shared.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@Entity
@Table(name = "initiative")
public class Initiative extends BaseEntity {

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String region;

    private String summary;
    private String vision;
    private String mission;

    @Column(name = "name_translation", length = 200)
    private String nameTranslation;

    @Column(name = "summary_translation")
    private String summaryTranslation;

    @Column(name = "vision_translation")
    private String visionTranslation;

    @Column(name = "mission_translation")
    private String missionTranslation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status = InitiativeStatus.PUBLISHED;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = "America/Los_Angeles";

    /** The content languages offered, comma-separated; the first is the one the texts are written in. */
    @Column(nullable = false, length = 40)
    private String languages = "en,es";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StrategicGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Phase> phases = new ArrayList<>();

    protected Initiative() {
    }

    public Initiative(String slug, String name, String region) {
        this.slug = slug;
        this.name = name;
        this.region = region;
    }

    public StrategicGoal addGoal(String title, String description, List<String> strategies) {
        StrategicGoal goal = new StrategicGoal(this, goals.size() + 1, title, description, strategies);
        goals.add(goal);
        return goal;
    }

    public Phase addPhase(String name, String description, LocalDate start, LocalDate end) {
        Phase phase = new Phase(this, phases.size() + 1, name, description, start, end);
        phases.add(phase);
        return phase;
    }

    public void removePhase(Phase phase) {
        phases.remove(phase);
    }

    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getRegion() { return region; }
    public String getSummary() { return summary; }
    public String getVision() { return vision; }
    public String getMission() { return mission; }
    public Instant getCreatedAt() { return createdAt; }
    public InitiativeStatus getStatus() { return status; }
    public String getTimeZone() { return timeZone; }
    public List<String> getLanguages() { return List.of(languages.split(",")); }
    public List<StrategicGoal> getGoals() { return Collections.unmodifiableList(goals); }
    public List<Phase> getPhases() { return Collections.unmodifiableList(phases); }

    public String getNameTranslation() { return nameTranslation; }
    public String getSummaryTranslation() { return summaryTranslation; }
    public String getVisionTranslation() { return visionTranslation; }
    public String getMissionTranslation() { return missionTranslation; }

    /** Writes the texts a coordinator edits, each with its translation. */
    public void writeTexts(String name, String nameTranslation, String region, String summary, String summaryTranslation,
                           String vision, String visionTranslation, String mission, String missionTranslation) {
        this.name = name;
        this.nameTranslation = nameTranslation;
        this.region = region;
        this.summary = summary;
        this.summaryTranslation = summaryTranslation;
        this.vision = vision;
        this.visionTranslation = visionTranslation;
        this.mission = mission;
        this.missionTranslation = missionTranslation;
    }

    public void setSummary(String summary) { this.summary = summary; }
    public void setVision(String vision) { this.vision = vision; }
    public void setMission(String mission) { this.mission = mission; }
    public void setStatus(InitiativeStatus status) { this.status = status; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public void setLanguages(List<String> languages) { this.languages = String.join(",", languages); }
}
