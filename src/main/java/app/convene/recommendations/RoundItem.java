package app.convene.recommendations;

import java.time.Instant;
import java.util.List;

/**
 * A decision round on one exact revision: its rule (quorum as a fraction of the committee, whether
 * an unresolved objection blocks), the responses so far and, once closed, the result.
 */
public record RoundItem(long id, long recommendationId, int revisionNumber, String openedBy, Instant openedAt,
                        Instant closesAt, int quorumNumerator, int quorumDenominator, boolean objectionBlocks,
                        int eligible, State state, RecommendationStatus result, Instant closedAt, String summary,
                        List<Response> responses) {

    public enum State { OPEN, CLOSED, VOID }

    public record Response(long personId, String name, DecisionResponse response, String reason, boolean resolved,
                           String resolution) {
    }

    /** Responses needed for the quorum: the fraction of the committee, rounded up. */
    public int quorum() {
        return DecisionRule.quorum(eligible, quorumNumerator, quorumDenominator);
    }
}
