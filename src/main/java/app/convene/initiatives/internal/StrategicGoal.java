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

    @ElementCollection
    @CollectionTable(name = "goal_strategy", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> strategies = new ArrayList<>();

    protected StrategicGoal() {
    }

    StrategicGoal(Initiative initiative, int position, String title, String description, List<String> strategies) {
        this.initiative = initiative;
        this.position = position;
        this.title = title;
        this.description = description;
        this.strategies.addAll(strategies);
    }

    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public List<String> getStrategies() { return Collections.unmodifiableList(strategies); }
}
