package app.convene.recommendations.internal;

import app.convene.recommendations.RecommendationStatus;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "recommendation")
public class Recommendation extends BaseEntity {
    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;
    @Column(name = "section_id", nullable = false)
    private long sectionId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecommendationStatus status = RecommendationStatus.DRAFT;
    /** Written only by {@link RecommendationRepository#claimNextRevision}, never through the entity. */
    @Column(name = "revision_count", nullable = false, insertable = false, updatable = false)
    private int revisionCount;

    @Column(name = "public_comment_until")
    private java.time.Instant publicCommentUntil;

    protected Recommendation() {
    }

    public Recommendation(long initiativeId, long sectionId, int position, String title) {
        this.initiativeId = initiativeId;
        this.sectionId = sectionId;
        this.position = position;
        this.title = title;
    }

    public java.time.Instant getPublicCommentUntil() {
        return publicCommentUntil;
    }

    public void openPublicComment(java.time.Instant until) {
        this.publicCommentUntil = until;
    }

    public void status(RecommendationStatus status) {
        this.status = status;
    }

    public void retitle(String title) {
        this.title = title;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public long getSectionId() {
        return sectionId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public int getRevisionCount() {
        return revisionCount;
    }
}
