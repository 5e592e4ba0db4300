package app.convene.initiatives.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A strategic goal of an initiative, with its strategies in the order the coalition wrote them. */
@Entity
@Table(name = "strategic_goal")
public class StrategicGoal extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    private String description;

    @Column(name = "title_translation", length = 200)
    private String titleTranslation;

    @Column(name = "description_translation")
    private String descriptionTranslation;

    @Column(length = 20)
    private String code;

    @Column(nullable = false)
    private boolean retired;

    @ElementCollection
    @CollectionTable(name = "goal_strategy", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    private List<Strategy> strategies = new ArrayList<>();

    protected StrategicGoal() {
    }

    StrategicGoal(Initiative initiative, int position, String title, String description, List<String> strategies) {
        this.initiative = initiative;
        this.position = position;
        this.title = title;
        this.description = description;
        strategies.forEach(text -> this.strategies.add(new Strategy(text, null)));
    }

    /** Writes the goal's texts; the strategies replace the ones it had, in the given order. */
    public void write(String code, String title, String titleTranslation, String description,
                      String descriptionTranslation, List<Strategy> strategies) {
        this.code = code;
        this.title = title;
        this.titleTranslation = titleTranslation;
        this.description = description;
        this.descriptionTranslation = descriptionTranslation;
        this.strategies.clear();
        this.strategies.addAll(strategies);
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getTitleTranslation() { return titleTranslation; }
    public String getDescriptionTranslation() { return descriptionTranslation; }
    public String getCode() { return code; }
    public boolean isRetired() { return retired; }
    public long getInitiativeId() { return initiative.getId(); }
    /** The strategies' original texts, in order. */
    public List<String> getStrategies() { return strategies.stream().map(Strategy::getText).toList(); }
    public List<Strategy> getStrategyEntries() { return Collections.unmodifiableList(strategies); }
}
