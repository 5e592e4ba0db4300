package app.convene.recommendations;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A decision round on one exact revision: its rule (quorum as a fraction of the committee, whether
 * an unresolved objection blocks), who may respond (the committee when it opened), the responses so
 * far and, once closed, the result.
 */
public record RoundItem(long id, long recommendationId, int revisionNumber, String openedBy, Instant openedAt,
                        Instant closesAt, int quorumNumerator, int quorumDenominator, boolean objectionBlocks,
                        int eligible, State state, RecommendationStatus result, Instant closedAt, String summary,
                        List<Response> responses, List<Voter> electorate) {

    public enum State { OPEN, CLOSED, VOID }

    /** A response; {@code resolvedBy} names who marked an objection resolved. */
    public record Response(long personId, String name, DecisionResponse response, String reason, boolean resolved,
                           String resolution, String resolvedBy) {

        public Response(long personId, String name, DecisionResponse response, String reason, boolean resolved,
                        String resolution) {
            this(personId, name, response, reason, resolved, resolution, null);
        }
    }

    /**
     * A member of the round's electorate; {@code counted} is false once they left the committee
     * (they no longer respond, and neither they nor their response count).
     */
    public record Voter(long personId, String name, boolean counted) {
    }

    /** Responses needed for the quorum: the fraction of the committee, rounded up. */
    public int quorum() {
        return DecisionRule.quorum(eligible, quorumNumerator, quorumDenominator);
    }

    /** The responses the decision rule counts: those of the electorate still on the committee. */
    public List<Response> countedResponses() {
        if (electorate.isEmpty()) {
            return responses; // a round closed before electorates were recorded
        }
        Set<Long> counted = electorate.stream().filter(Voter::counted).map(Voter::personId).collect(Collectors.toSet());
        return responses.stream().filter(r -> counted.contains(r.personId())).toList();
    }
}
