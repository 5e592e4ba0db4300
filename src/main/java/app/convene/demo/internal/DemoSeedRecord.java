package app.convene.demo.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks a demo coalition as loaded. Immutable, so no version column. */
@Entity
@Table(name = "demo_seed")
public class DemoSeedRecord {

    @Id
    @Column(name = "seed_key", length = 100)
    private String key;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected DemoSeedRecord() {
    }

    public DemoSeedRecord(String key) {
        this.key = key;
        this.loadedAt = Instant.now();
    }

    public String getKey() { return key; }
    public Instant getLoadedAt() { return loadedAt; }
}
