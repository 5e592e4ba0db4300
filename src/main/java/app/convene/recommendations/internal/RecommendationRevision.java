package app.convene.recommendations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Immutable once written: revisions are never edited, only added. */
@Entity
@Table(name = "recommendation_revision")
public class RecommendationRevision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private long recommendationId;
    @Column(nullable = false, updatable = false)
    private int number;
    @Column(nullable = false, updatable = false, length = 200)
    private String title;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(nullable = false, updatable = false, length = 200)
    private String summary;
    @Column(name = "author_person_id", updatable = false)
    private Long authorPersonId;
    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RecommendationRevision() {
    }

    public RecommendationRevision(long recommendationId, int number, String title, String body, String summary,
                                  Long authorPersonId, String authorName, Instant createdAt) {
        this.recommendationId = recommendationId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.summary = summary;
        this.authorPersonId = authorPersonId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public long getRecommendationId() {
        return recommendationId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSummary() {
        return summary;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
