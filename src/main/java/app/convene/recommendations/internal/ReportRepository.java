package app.convene.recommendations.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {
    List<Report> findByInitiativeIdOrderById(long initiativeId, Pageable page);
}
