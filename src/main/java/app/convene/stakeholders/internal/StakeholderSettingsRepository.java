package app.convene.stakeholders.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StakeholderSettingsRepository extends JpaRepository<StakeholderSettings, Long> {
}
