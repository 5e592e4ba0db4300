package app.convene.recommendations.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportSectionRepository extends JpaRepository<ReportSection, Long> {
    @Query("select coalesce(max(s.position), 0) from ReportSection s where s.reportId = ?1")
    int lastPosition(long reportId);

    List<ReportSection> findByReportIdOrderByPosition(long reportId);
}
