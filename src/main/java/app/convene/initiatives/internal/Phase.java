package app.convene.initiatives.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A phase of an initiative's plan, with a date range (both days included). */
@Entity
@Table(name = "phase")
public class Phase extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    private String description;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private boolean parallel;

    @Column(name = "name_translation", length = 200)
    private String nameTranslation;

    protected Phase() {
    }

    Phase(Initiative initiative, int position, String name, String description, LocalDate startDate, LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A phase cannot end before it starts");
        }
        this.initiative = initiative;
        this.position = position;
        this.name = name;
        this.description = description;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public void write(String name, String description, LocalDate startDate, LocalDate endDate, boolean parallel) {
        this.name = name;
        this.description = description;
        this.startDate = startDate;
        this.endDate = endDate;
        this.parallel = parallel;
    }

    public void setNameTranslation(String nameTranslation) {
        this.nameTranslation = nameTranslation;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public long getInitiativeId() { return initiative.getId(); }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public boolean isParallel() { return parallel; }
    public String getNameTranslation() { return nameTranslation; }
}
