package app.convene.demo;

import app.convene.demo.internal.DemoPeople;
import app.convene.demo.internal.DemoSeed;
import app.convene.demo.internal.DemoSeedRecord;
import app.convene.demo.internal.DemoSeedRepository;
import app.convene.security.Authorization;
import app.convene.shared.StartupFact;
import app.convene.shared.database.DatabaseMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo coalitions from {@code classpath:demo/*.yaml}, each once: a coalition already
 * marked in {@code demo_seed} is never loaded again, even if it was since deleted. Then, each once
 * as well, the demo's people, stakeholders, workgroups, milestones, recommendations, their implementation, library and
 * indicators (one loader
 * per kind). Runs only on the embedded database unless {@code convene.demo.enabled=true} asks for it.
 */
@Component
public class DemoContentLoader implements ApplicationRunner, StartupFact {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final boolean enabled;
    private final DemoSeedRepository seeds;
    private final TransactionTemplate transaction;
    private final ObjectProvider<DemoParts> parts;
    private String state = "pending";

    DemoContentLoader(DemoProperties properties, Environment environment, DemoSeedRepository seeds,
                      TransactionTemplate transaction, ObjectProvider<DemoParts> parts) {
        this.enabled = properties.enabled() != null
                ? properties.enabled()
                : DatabaseMode.of(environment) == DatabaseMode.EMBEDDED;
        this.seeds = seeds;
        this.transaction = transaction;
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads every seed not loaded before, as the system; returns how many were loaded now. */
    public int load() {
        if (!enabled) {
            state = "disabled";
            return 0;
        }
        return Authorization.runAsSystem(this::loadAll);
    }

    private int loadAll() {
        DemoParts demo = parts.getObject();
        int loaded = 0;
        List<DemoSeed> seedFiles = DemoResources.readSeeds();
        for (DemoSeed seed : seedFiles) {
            loaded += once(seed.key(), () -> demo.coalitions().load(seed));
        }
        DemoPeople demoPeople = DemoPeople.read();
        loaded += once(demoPeople.key(), () -> demo.people().load(demoPeople));
        loaded += once("demo-stakeholders", () -> demo.stakeholders().load(seedFiles));
        loaded += once("demo-workgroups", () -> demo.workgroups().load(seedFiles, demoPeople));
        loaded += once("demo-milestones", demo.milestones()::load);
        loaded += once("demo-recommendations", () -> demo.recommendations().load(demoPeople));
        loaded += once("demo-implementation", () -> demo.implementation().load(demoPeople));
        loaded += once("demo-translations-es", demo.translations()::load);
        loaded += once("demo-convenings", demo.convenings()::load); // after the translations, which set the time zones
        loaded += once("demo-attendance", demo.attendance()::load);
        loaded += once("demo-minutes", () -> demo.minutes().load(demoPeople));
        loaded += once("demo-office-hours", demo.officeHours()::load);
        loaded += once("demo-library", () -> demo.library().load(demoPeople));
        loaded += once("demo-indicators", demo.indicators()::load);
        state = loaded > 0 ? "loaded " + loaded : "present";
        log.info("Demo content: {} part(s) loaded now, {} marked loaded in all", loaded, seeds.count());
        return loaded;
    }

    /** Runs one part in its own transaction unless its key is marked loaded, then marks it; 1 if it ran now. */
    private int once(String key, Runnable part) {
        Boolean done = transaction.execute(status -> {
            if (seeds.existsById(key)) {
                return false;
            }
            part.run();
            seeds.save(new DemoSeedRecord(key));
            return true;
        });
        return Boolean.TRUE.equals(done) ? 1 : 0;
    }

    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String key() {
        return "demo-content";
    }

    @Override
    public String value() {
        return state;
    }
}
