package app.convene.convenings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConveningSeriesRepository extends JpaRepository<ConveningSeries, Long> {
}
