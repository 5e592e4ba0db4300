package app.convene.recommendations;

import app.convene.recommendations.internal.DecisionResponseRepository;
import app.convene.recommendations.internal.DecisionRound;
import app.convene.recommendations.internal.DecisionRoundRepository;
import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision rounds: a coordinator asks the steering committee about one exact revision, members
 * respond until the round closes, and the result is computed by {@link DecisionRule} and recorded
 * with that revision. Saving a new revision while a round is open voids the round. Who may respond
 * is fixed when the round opens (the committee at that moment); members removed later no longer
 * respond or count. Every step is audited as the person who took it (closing at the due time as
 * the system).
 */
@Service
@Transactional(readOnly = true)
public class DecisionService {

    private final RecommendationRepository recommendations;
    private final DecisionRoundRepository rounds;
    private final DecisionResponseRepository responses;
    private final RoleService roles;
    private final Authorization authorization;
    private final Clock clock;
    private final PublishedReads published;
    private final AuditLog audit;
    private final DecisionRecords records;
    private final RecommendationNotices notices;

    DecisionService(RecommendationRepository recommendations, DecisionRoundRepository rounds,
                    DecisionResponseRepository responses, RoleService roles, Authorization authorization, Clock clock,
                    PublishedReads published, AuditLog audit, DecisionRecords records, RecommendationNotices notices) {
        this.audit = audit;
        this.notices = notices;
        this.records = records;
        this.recommendations = recommendations;
        this.rounds = rounds;
        this.responses = responses;
        this.roles = roles;
        this.authorization = authorization;
        this.clock = clock;
        this.published = published;
    }

    /** Opens a round on the latest revision; the recommendation goes to committee review. */
    @Transactional
    public RoundItem open(long recommendationId, Instant closesAt, int quorumNumerator, int quorumDenominator,
                          boolean objectionBlocks) {
        Recommendation recommendation = recommendation(recommendationId);
        Actor actor = authorization.check(Action.RUN_DECISIONS, recommendation.getInitiativeId());
        Instant now = clock.instant();
        if (closesAt == null || !closesAt.isAfter(now)) {
            throw new ValidationError("closesAt", "decision.error.closesInPast");
        }
        if (quorumNumerator < 1 || quorumDenominator < 1 || quorumNumerator > quorumDenominator) {
            throw new ValidationError("quorum", "decision.error.quorum");
        }
        if (recommendation.getStatus() == RecommendationStatus.PUBLISHED
                || recommendation.getStatus() == RecommendationStatus.WITHDRAWN) {
            throw new ValidationError("round", "decision.error.final");
        }
        closeIfDue(recommendationId);
        if (rounds.findByRecommendationIdAndState(recommendationId, RoundItem.State.OPEN).isPresent()) {
            throw new ValidationError("round", "decision.error.alreadyOpen");
        }
        int eligible = roles.holders(recommendation.getInitiativeId(), InitiativeRole.COMMITTEE_MEMBER).size();
        if (eligible == 0) {
            throw new ValidationError("round", "decision.error.noCommittee");
        }
        DecisionRound round = rounds.saveAndFlush(new DecisionRound(recommendationId, recommendation.getRevisionCount(),
                actor.personId(), actor.name(), now, closesAt, quorumNumerator, quorumDenominator, objectionBlocks, eligible));
        records.fixElectorate(round, recommendation);
        boolean fromDraft = recommendation.getStatus() == RecommendationStatus.DRAFT;
        recommendation.status(RecommendationStatus.IN_REVIEW);
        RoundItem opened = view(round);
        notices.roundOpened(recommendation, opened, fromDraft, actor);
        audit.record("decision.opened", "decision_round", round.getId(), recommendation.getInitiativeId(), null,
                "revision " + opened.revisionNumber() + ", quorum " + quorumNumerator + "/" + quorumDenominator
                        + ", objections block: " + objectionBlocks + ", closes " + closesAt + ", may respond: "
                        + String.join(", ", opened.electorate().stream().map(RoundItem.Voter::name).toList()));
        return opened;
    }

    /** Records (or changes) the signed-in committee member's response while the round is open. */
    @Transactional
    public RoundItem respond(long roundId, DecisionResponse response, String reason) {
        DecisionRound round = rounds.lockById(roundId).orElseThrow(() -> new NoSuchElementException("round " + roundId));
        Recommendation recommendation = recommendation(round.getRecommendationId());
        Actor actor = authorization.check(Action.RESPOND_TO_DECISION, recommendation.getInitiativeId());
        if (actor.personId() == null || !roles.holders(recommendation.getInitiativeId(), InitiativeRole.COMMITTEE_MEMBER)
                .contains(actor.personId())) {
            throw new AccessDeniedException(actor.name() + " may not respond to a decision round: not on the steering committee");
        }
        if (round.getState() == RoundItem.State.OPEN && !round.getClosesAt().isAfter(clock.instant())) {
            records.close(round, recommendation, Actor.SYSTEM);
        }
        if (round.getState() != RoundItem.State.OPEN) {
            throw new ValidationError("response", "decision.error.closed");
        }
        if (response == null) {
            throw new ValidationError("response", "decision.error.response");
        }
        if (!records.inElectorate(round, actor.personId())) {
            throw new ValidationError("response", "decision.error.notInElectorate");
        }
        String trimmed = FreeText.checked("reason", reason == null ? "" : reason.strip());
        if (response.needsReason() && trimmed.isEmpty()) {
            throw new ValidationError("reason", "decision.error.reason");
        }
        if (trimmed.length() > 4000) {
            throw new ValidationError("reason", "recommendations.error.tooLong");
        }
        String before = responses.of(roundId, actor.personId()).map(DecisionRecords::describe).orElse(null);
        responses.record(roundId, actor.personId(), actor.name(), response, trimmed.isEmpty() ? null : trimmed,
                clock.instant());
        audit.record("decision.responded", "decision_round", roundId, recommendation.getInitiativeId(), before,
                response.name() + (trimmed.isEmpty() ? "" : ": " + trimmed));
        return view(round);
    }

    /**
     * A coordinator marks an objection as resolved (e.g. after a conversation), with a note; the
     * round shows who resolved it.
     */
    @Transactional
    public RoundItem resolveObjection(long roundId, long personId, String resolution) {
        DecisionRound round = rounds.lockById(roundId).orElseThrow(() -> new NoSuchElementException("round " + roundId));
        long initiativeId = recommendation(round.getRecommendationId()).getInitiativeId();
        Actor actor = authorization.check(Action.RUN_DECISIONS, initiativeId);
        if (round.getState() != RoundItem.State.OPEN) {
            throw new ValidationError("response", "decision.error.closed");
        }
        String note = FreeText.checked("resolution", resolution == null ? "" : resolution.strip());
        if (note.isEmpty()) {
            throw new ValidationError("resolution", "decision.error.resolution");
        }
        if (note.length() > 4000) {
            throw new ValidationError("resolution", "recommendations.error.tooLong");
        }
        String objection = responses.of(roundId, personId).map(DecisionRecords::describe).orElse(null);
        if (responses.resolve(roundId, personId, note, actor.personId(), actor.name()) == 0) {
            throw new ValidationError("resolution", "decision.error.noObjection");
        }
        audit.record("decision.objectionResolved", "decision_round", roundId, initiativeId, objection,
                "resolved by " + actor.name() + ": " + note);
        return view(round);
    }

    /** Whether the signed-in person may respond to the round: on the committee now and when it opened. */
    public boolean mayRespond(long roundId) {
        DecisionRound round = rounds.findById(roundId).orElseThrow(() -> new NoSuchElementException("round " + roundId));
        long initiativeId = recommendation(round.getRecommendationId()).getInitiativeId();
        Actor actor = authorization.check(Action.VIEW_RECOMMENDATIONS, initiativeId);
        return authorization.can(actor, Action.RESPOND_TO_DECISION, initiativeId) && actor.personId() != null
                && roles.holders(initiativeId, InitiativeRole.COMMITTEE_MEMBER).contains(actor.personId())
                && records.inElectorate(round, actor.personId());
    }

    /** Closes the round now (before its closing date) and records the result. */
    @Transactional
    public RoundItem closeNow(long roundId) {
        DecisionRound round = rounds.lockById(roundId).orElseThrow(() -> new NoSuchElementException("round " + roundId));
        Recommendation recommendation = recommendation(round.getRecommendationId());
        authorization.check(Action.RUN_DECISIONS, recommendation.getInitiativeId());
        if (round.getState() != RoundItem.State.OPEN) {
            throw new ValidationError("round", "decision.error.closed");
        }
        records.close(round, recommendation, authorization.currentActor().orElseThrow());
        return view(round);
    }

    /** Closes every round whose closing time has passed (the scheduled job; idempotent). Returns how many. */
    @Transactional
    int closeDue() {
        int closed = 0;
        for (long id : rounds.dueIds(clock.instant())) {
            DecisionRound round = rounds.lockById(id).orElseThrow();
            if (round.getState() == RoundItem.State.OPEN) {
                records.close(round, recommendation(round.getRecommendationId()), Actor.SYSTEM);
                closed++;
            }
        }
        return closed;
    }

    /** The recommendation's rounds, newest first (closing any that are due). */
    @Transactional
    public List<RoundItem> rounds(long recommendationId) {
        Recommendation recommendation = recommendation(recommendationId);
        authorization.check(Action.VIEW_RECOMMENDATIONS, recommendation.getInitiativeId());
        closeIfDue(recommendationId);
        return rounds.findByRecommendationIdOrderByIdDesc(recommendationId).stream().map(this::view).toList();
    }

    /**
     * Publishes an approved recommendation on the initiative's public page: the revision of the round
     * that approved it. A corrected recommendation replaces the text published before.
     */
    @Transactional
    public void publish(long recommendationId) {
        Recommendation recommendation = recommendation(recommendationId);
        authorization.check(Action.RUN_DECISIONS, recommendation.getInitiativeId());
        if (recommendation.getStatus() != RecommendationStatus.APPROVED) {
            throw new ValidationError("status", "decision.error.notApproved");
        }
        int approved = rounds.findByRecommendationIdOrderByIdDesc(recommendationId).stream()
                .filter(r -> r.getState() == RoundItem.State.CLOSED && r.getResult() == RecommendationStatus.APPROVED)
                .findFirst().orElseThrow().getRevisionNumber();
        Integer before = recommendation.getPublishedRevision();
        recommendation.publish(approved, clock.instant());
        audit.record(before == null ? "recommendation.published" : "recommendation.republished", "recommendation",
                recommendationId, recommendation.getInitiativeId(),
                before == null ? "not public" : "revision " + before + " public",
                "revision " + approved + " public");
    }

    /**
     * Withdraws a recommendation with a reason members see (voiding an open round); it leaves the
     * public page if it was there. Final.
     */
    @Transactional
    public void withdraw(long recommendationId, String reason) {
        Recommendation recommendation = recommendation(recommendationId);
        Actor actor = authorization.check(Action.RUN_DECISIONS, recommendation.getInitiativeId());
        if (recommendation.getStatus() == RecommendationStatus.WITHDRAWN) {
            throw new ValidationError("status", "decision.error.withdrawn");
        }
        String why = FreeText.checked("withdrawReason", reason == null ? "" : reason.strip());
        if (why.isEmpty()) {
            throw new ValidationError("withdrawReason", "decision.error.withdrawReason");
        }
        if (why.length() > 2000) {
            throw new ValidationError("withdrawReason", "recommendations.error.tooLong");
        }
        rounds.findByRecommendationIdAndState(recommendationId, RoundItem.State.OPEN)
                .ifPresent(round -> records.voidRound(round, recommendation, "withdrawn"));
        String before = recommendation.getStatus().name() + (recommendation.getPublishedRevision() == null ? ""
                : ", revision " + recommendation.getPublishedRevision() + " public");
        recommendation.withdraw(why, actor.personId(), actor.name(), clock.instant());
        audit.record("recommendation.withdrawn", "recommendation", recommendationId, recommendation.getInitiativeId(),
                before, "WITHDRAWN: " + why);
    }

    /** Published recommendations of an initiative, as approved (public; no sign-in needed). */
    public List<PublishedRecommendation> published(long initiativeId) {
        return published.published(initiativeId);
    }

    /** One page of them (the initiative's page lists them a few at a time). */
    public Slice<PublishedRecommendation> published(long initiativeId, Pageable page) {
        return published.published(initiativeId, page);
    }

    /** Called by {@link RecommendationService} when a new revision is saved: an open round is void. */
    @Transactional
    void revisionSaved(Recommendation recommendation) {
        rounds.findByRecommendationIdAndState(recommendation.getId(), RoundItem.State.OPEN).ifPresent(round ->
                records.voidRound(round, recommendation, "edited"));
        if (recommendation.getStatus() != RecommendationStatus.DRAFT) {
            recommendation.status(RecommendationStatus.DRAFT);
        }
    }

    private void closeIfDue(long recommendationId) {
        rounds.findByRecommendationIdAndState(recommendationId, RoundItem.State.OPEN)
                .filter(round -> !round.getClosesAt().isAfter(clock.instant()))
                .ifPresent(round -> records.close(rounds.lockById(round.getId()).orElseThrow(),
                        recommendation(recommendationId), Actor.SYSTEM));
    }

    private Recommendation recommendation(long id) {
        return recommendations.findById(id).orElseThrow(() -> new NoSuchElementException("recommendation " + id));
    }

    private RoundItem view(DecisionRound round) {
        return records.view(round);
    }
}
