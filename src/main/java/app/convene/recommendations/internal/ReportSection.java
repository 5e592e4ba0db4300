package app.convene.recommendations.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "report_section")
public class ReportSection extends BaseEntity {
    @Column(name = "report_id", nullable = false)
    private long reportId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 200)
    private String title;

    protected ReportSection() {
    }

    public ReportSection(long reportId, int position, String title) {
        this.reportId = reportId;
        this.position = position;
        this.title = title;
    }

    public long getReportId() {
        return reportId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }
}
