package app.convene.recommendations;

import app.convene.recommendations.internal.DecisionElectorateRepository;
import app.convene.recommendations.internal.DecisionResponseRepository;
import app.convene.recommendations.internal.DecisionRound;
import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How {@link DecisionService} reads, closes and voids a round: the electorate fixed at opening, the
 * rule applied to those still on the committee, and an audit row for each change. Callers hold the
 * transaction and have checked who may act.
 */
@Component
class DecisionRecords {

    private final RecommendationRepository recommendations;
    private final DecisionResponseRepository responses;
    private final DecisionElectorateRepository electorates;
    private final AuditLog audit;
    private final Clock clock;

    DecisionRecords(RecommendationRepository recommendations, DecisionResponseRepository responses,
                    DecisionElectorateRepository electorates, AuditLog audit, Clock clock) {
        this.recommendations = recommendations;
        this.responses = responses;
        this.electorates = electorates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Fixes who may respond: the initiative's steering committee now. */
    void fixElectorate(DecisionRound round, Recommendation recommendation) {
        electorates.fix(round.getId(), recommendation.getInitiativeId());
    }

    /**
     * Decides the round by the responses of its electorate still on the committee, out of that many
     * members; audited as the closer (the system when the closing time came).
     */
    void close(DecisionRound round, Recommendation recommendation, Actor closer) {
        if (round.getState() != RoundItem.State.OPEN) {
            return;
        }
        RoundItem open = view(round);
        List<RoundItem.Response> counted = open.countedResponses();
        RecommendationStatus result = DecisionRule.decide(open.eligible(), round.getQuorumNumerator(),
                round.getQuorumDenominator(), round.isObjectionBlocks(), counted);
        electorates.closeCount(round.getId(), recommendation.getInitiativeId());
        round.close(result, clock.instant(), null, open.eligible());
        recommendation.status(result);
        audit.record(closer, "decision.closed", "decision_round", round.getId(), recommendation.getInitiativeId(), "OPEN",
                result.name() + ": " + counted.size() + " of " + open.eligible() + " counted members responded");
    }

    void voidRound(DecisionRound round, Recommendation recommendation, String why) {
        round.voidRound(clock.instant(), why);
        audit.record("decision.voided", "decision_round", round.getId(), recommendation.getInitiativeId(), "OPEN",
                "VOID: " + why);
    }

    boolean inElectorate(DecisionRound round, long personId) {
        return view(round).electorate().stream().anyMatch(v -> v.personId() == personId);
    }

    static String describe(RoundItem.Response r) {
        return r.name() + ": " + r.response().name() + (r.reason() == null ? "" : " (" + r.reason() + ")");
    }

    RoundItem view(DecisionRound r) {
        boolean open = r.getState() == RoundItem.State.OPEN;
        List<RoundItem.Voter> electorate = electorates.of(r.getId(), recommendations.require(r.getRecommendationId())
                .getInitiativeId(), open);
        int eligible = open && !electorate.isEmpty() ? (int) electorate.stream().filter(RoundItem.Voter::counted).count()
                : r.getEligible();
        return new RoundItem(r.getId(), r.getRecommendationId(), r.getRevisionNumber(), r.getOpenedByName(),
                r.getOpenedAt(), r.getClosesAt(), r.getQuorumNumerator(), r.getQuorumDenominator(),
                r.isObjectionBlocks(), eligible, r.getState(), r.getResult(), r.getClosedAt(), r.getSummary(),
                responses.of(r.getId()), electorate);
    }
}
