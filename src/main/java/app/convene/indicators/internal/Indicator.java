package app.convene.indicators.internal;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorDraft;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "indicator")
public class Indicator extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;
    @Column(name = "goal_id", nullable = false)
    private long goalId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 60)
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;
    @Column(name = "baseline_value", nullable = false)
    private BigDecimal baselineValue;
    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;
    @Column(name = "target_value", nullable = false)
    private BigDecimal targetValue;
    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;
    @Column(length = 500)
    private String source;
    @Column(name = "public_indicator", nullable = false)
    private boolean publicIndicator;

    protected Indicator() {
    }

    public Indicator(long initiativeId) {
        this.initiativeId = initiativeId;
    }

    /** Writes the checked, trimmed draft. */
    public void write(IndicatorDraft draft) {
        this.goalId = draft.goalId();
        this.name = draft.name();
        this.unit = draft.unit();
        this.direction = draft.direction();
        this.baselineValue = draft.baselineValue();
        this.baselineDate = draft.baselineDate();
        this.targetValue = draft.targetValue();
        this.targetDate = draft.targetDate();
        this.source = draft.source();
        this.publicIndicator = draft.publicIndicator();
    }

    public long getInitiativeId() { return initiativeId; }
    public long getGoalId() { return goalId; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public Direction getDirection() { return direction; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public LocalDate getBaselineDate() { return baselineDate; }
    public BigDecimal getTargetValue() { return targetValue; }
    public LocalDate getTargetDate() { return targetDate; }
    public String getSource() { return source; }
    public boolean isPublicIndicator() { return publicIndicator; }
}
