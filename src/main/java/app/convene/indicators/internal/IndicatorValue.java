package app.convene.indicators.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends BaseEntity {

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(nullable = false)
    private BigDecimal value;
    @Column(length = 1000)
    private String note;

    protected IndicatorValue() {
    }

    public IndicatorValue(long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public void write(LocalDate periodEnd, BigDecimal value, String note) {
        this.periodEnd = periodEnd;
        this.value = value;
        this.note = note;
    }

    public long getIndicatorId() { return indicatorId; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public BigDecimal getValue() { return value; }
    public String getNote() { return note; }
}
