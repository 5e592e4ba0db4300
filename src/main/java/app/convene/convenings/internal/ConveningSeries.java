package app.convene.convenings.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** "Six monthly sessions": a name for occurrences that are convenings of their own. */
@Entity
@Table(name = "convening_series")
public class ConveningSeries extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;
    @Column(nullable = false, length = 200)
    private String title;

    protected ConveningSeries() {
    }

    public ConveningSeries(long initiativeId, String title) {
        this.initiativeId = initiativeId;
        this.title = title;
    }

    public void rename(String title) {
        this.title = title;
    }

    public long getInitiativeId() { return initiativeId; }
    public String getTitle() { return title; }
}
