package app.convene.shared.database;

import app.convene.shared.database.internal.DataVersionQueries;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the data version cheap to read (decision 0069): the rows each content commit added are folded into the base
 * every minute, so counting them stays a count of the last minute's commits. On one node at a time; the version does
 * not move.
 */
@Component
class DataVersionFold {

    private final DataVersionQueries versions;

    DataVersionFold(DataVersionQueries versions) {
        this.versions = versions;
    }

    @Scheduled(fixedDelayString = "${convene.data-version.fold-delay:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "data-version-fold", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    @Transactional
    public void fold() {
        LockAssert.assertLocked();
        versions.fold();
    }
}
