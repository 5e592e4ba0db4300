package app.convene.recommendations;

import java.util.List;

/**
 * The rule that decides a round: approved if enough committee members responded (abstentions count
 * toward the quorum), at least one consented, and, when objections block, none is unresolved.
 */
public final class DecisionRule {

    private DecisionRule() {
    }

    public static int quorum(int eligible, int numerator, int denominator) {
        return (int) Math.ceil((double) eligible * numerator / denominator - 1e-9);
    }

    public static RecommendationStatus decide(int eligible, int numerator, int denominator, boolean objectionBlocks,
                                              List<RoundItem.Response> responses) {
        boolean quorumMet = eligible > 0 && responses.size() >= quorum(eligible, numerator, denominator);
        boolean consent = responses.stream().anyMatch(r -> r.response() == DecisionResponse.CONSENT);
        boolean blocked = objectionBlocks && responses.stream()
                .anyMatch(r -> r.response() == DecisionResponse.OBJECTION && !r.resolved());
        return quorumMet && consent && !blocked ? RecommendationStatus.APPROVED : RecommendationStatus.NOT_APPROVED;
    }
}
