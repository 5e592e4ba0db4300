package app.convene.recommendations.internal;

import app.convene.recommendations.RecommendationStatus;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

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
    private Instant publicCommentUntil;

    /** The revision on the public page; it stays there while a correction goes through a new round. */
    @Column(name = "published_revision")
    private Integer publishedRevision;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;
    @Column(name = "withdrawn_reason", length = 2000)
    private String withdrawnReason;
    @Column(name = "withdrawn_by_name", length = 200)
    private String withdrawnByName;
    @Column(name = "withdrawn_by_person_id")
    private Long withdrawnByPersonId;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Recommendation() {
    }

    public Recommendation(long initiativeId, long sectionId, int position, String title) {
        this.initiativeId = initiativeId;
        this.sectionId = sectionId;
        this.position = position;
        this.title = title;
    }

    public Instant getPublicCommentUntil() {
        return publicCommentUntil;
    }

    public void openPublicComment(Instant until) {
        this.publicCommentUntil = until;
    }

    /** Puts the revision on the public page (the first time, or replacing the text published before). */
    public void publish(int revision, Instant at) {
        this.status = RecommendationStatus.PUBLISHED;
        this.publishedRevision = revision;
        this.publishedAt = at;
        if (firstPublishedAt == null) {
            firstPublishedAt = at;
        }
    }

    /** Final: off the public page, with the reason members see. */
    public void withdraw(String reason, Long byPersonId, String byName, Instant at) {
        this.status = RecommendationStatus.WITHDRAWN;
        this.publishedRevision = null;
        this.withdrawnReason = reason;
        this.withdrawnByPersonId = byPersonId;
        this.withdrawnByName = byName;
        this.withdrawnAt = at;
    }

    public Integer getPublishedRevision() {
        return publishedRevision;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public String getWithdrawnByName() {
        return withdrawnByName;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
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
