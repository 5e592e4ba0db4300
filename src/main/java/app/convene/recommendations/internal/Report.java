package app.convene.recommendations.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "report")
public class Report extends BaseEntity {
    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;
    @Column(nullable = false, length = 200)
    private String title;

    protected Report() {
    }

    public Report(long initiativeId, String title) {
        this.initiativeId = initiativeId;
        this.title = title;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public String getTitle() {
        return title;
    }
}
