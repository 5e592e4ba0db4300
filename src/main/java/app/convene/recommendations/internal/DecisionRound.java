package app.convene.recommendations.internal;

import app.convene.recommendations.RecommendationStatus;
import app.convene.recommendations.RoundItem;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "decision_round")
public class DecisionRound extends BaseEntity {
    @Column(name = "recommendation_id", nullable = false)
    private long recommendationId;
    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;
    @Column(name = "opened_by_name", nullable = false)
    private String openedByName;
    @Column(name = "opened_by_person_id")
    private Long openedByPersonId;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Column(name = "quorum_numerator", nullable = false)
    private int quorumNumerator;
    @Column(name = "quorum_denominator", nullable = false)
    private int quorumDenominator;
    @Column(name = "objection_blocks", nullable = false)
    private boolean objectionBlocks;
    @Column(nullable = false)
    private int eligible;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundItem.State state = RoundItem.State.OPEN;
    @Enumerated(EnumType.STRING)
    private RecommendationStatus result;
    @Column(name = "closed_at")
    private Instant closedAt;
    private String summary;

    protected DecisionRound() {
    }

    public DecisionRound(long recommendationId, int revisionNumber, Long openedByPersonId, String openedByName,
                         Instant openedAt, Instant closesAt, int quorumNumerator, int quorumDenominator,
                         boolean objectionBlocks, int eligible) {
        this.recommendationId = recommendationId;
        this.revisionNumber = revisionNumber;
        this.openedByPersonId = openedByPersonId;
        this.openedByName = openedByName;
        this.openedAt = openedAt;
        this.closesAt = closesAt;
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
        this.objectionBlocks = objectionBlocks;
        this.eligible = eligible;
    }

    /** Closes the round; {@code counted} is how many members the rule counted (the electorate still on the committee). */
    public void close(RecommendationStatus result, Instant at, String summary, int counted) {
        this.state = RoundItem.State.CLOSED;
        this.eligible = counted;
        this.result = result;
        this.closedAt = at;
        this.summary = summary;
    }

    public void voidRound(Instant at, String summary) {
        this.state = RoundItem.State.VOID;
        this.closedAt = at;
        this.summary = summary;
    }

    public long getRecommendationId() {
        return recommendationId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getOpenedByName() {
        return openedByName;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getQuorumNumerator() {
        return quorumNumerator;
    }

    public int getQuorumDenominator() {
        return quorumDenominator;
    }

    public boolean isObjectionBlocks() {
        return objectionBlocks;
    }

    public int getEligible() {
        return eligible;
    }

    public RoundItem.State getState() {
        return state;
    }

    public RecommendationStatus getResult() {
        return result;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getSummary() {
        return summary;
    }
}
