package app.convene.demo.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemoSeedRepository extends JpaRepository<DemoSeedRecord, String> {
}
