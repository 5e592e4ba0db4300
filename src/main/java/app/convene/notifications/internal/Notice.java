package app.convene.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app notice for one person. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "initiative_id")
    private Long initiativeId;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** The digest (DAILY, WEEKLY) this notice waits for; {@code null} when none (decision 0035). */
    @Column(length = 6)
    private String digest;

    protected Notice() {
    }

    public Notice(long personId, String kind, Long initiativeId, String text, String link, Instant createdAt) {
        this.personId = personId;
        this.kind = kind;
        this.initiativeId = initiativeId;
        this.text = text;
        this.link = link;
        this.createdAt = createdAt;
    }

    /** The notice waits for the reader's next daily or weekly digest. */
    public void awaitDigest(String frequency) {
        this.digest = frequency;
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getKind() { return kind; }
    public Long getInitiativeId() { return initiativeId; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public String getDigest() { return digest; }
}
