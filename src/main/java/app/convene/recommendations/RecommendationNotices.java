package app.convene.recommendations;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRevisionRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The notices recommendations cause, each to the people it concerns and never to the person who acted: a draft
 * went to committee review, a decision round opened or closes soon (its electorate), a comment on a draft its
 * drafters wrote, a reply to a comment. Only people who may still read the initiative's recommendations are
 * told. Callers hold the transaction.
 */
@Component
class RecommendationNotices {

    /** How long before its closing time the electorate hears that a round closes soon (once). */
    static final Duration CLOSING_SOON = Duration.ofHours(24);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final NoticeService notices;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;
    private final RecommendationRevisionRepository revisions;

    RecommendationNotices(NoticeService notices, InitiativeDirectory initiatives, Authorization authorization,
                          RecommendationRevisionRepository revisions) {
        this.notices = notices;
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.revisions = revisions;
    }

    /**
     * A round opened: its electorate hears once. A draft moving to committee review is "ready for your review"
     * ({@link NoticeKind#DRAFT_REVIEW}); a new round on a recommendation already decided is "a decision round
     * opened" ({@link NoticeKind#DECISION_ROUND}).
     */
    void roundOpened(Recommendation recommendation, RoundItem round, boolean fromDraft, Actor opener) {
        NoticeKind kind = fromDraft ? NoticeKind.DRAFT_REVIEW : NoticeKind.DECISION_ROUND;
        String key = fromDraft ? "notice.draftReview" : "notice.roundOpened";
        tell(kind, key, recommendation, round.electorate().stream().map(RoundItem.Voter::personId).toList(),
                opener.personId(), recommendation.getTitle(), WHEN.format(round.closesAt()));
    }

    /** The round closes within {@link #CLOSING_SOON}: the counted members who have not responded hear. */
    void closingSoon(Recommendation recommendation, RoundItem round) {
        Set<Long> responded = round.responses().stream().map(RoundItem.Response::personId).collect(Collectors.toSet());
        tell(NoticeKind.DECISION_ROUND, "notice.roundClosingSoon", recommendation, round.electorate().stream()
                        .filter(v -> v.counted() && !responded.contains(v.personId())).map(RoundItem.Voter::personId)
                        .toList(), null, recommendation.getTitle(), WHEN.format(round.closesAt()));
    }

    /**
     * Someone commented: the authors of the comments in the thread replied to hear of the reply ({@code thread}
     * is empty for a new thread); the drafters not among them hear of a comment on their draft.
     */
    void commented(Recommendation recommendation, Actor author, Collection<Long> thread) {
        Set<Long> repliedTo = new LinkedHashSet<>(thread);
        tell(NoticeKind.COMMENT, "notice.commentReply", recommendation, repliedTo, author.personId(), author.name(),
                recommendation.getTitle());
        Set<Long> drafters = new LinkedHashSet<>(revisions.authorsOf(recommendation.getId()));
        drafters.removeAll(repliedTo);
        tell(NoticeKind.COMMENT, "notice.commentOnDraft", recommendation, drafters, author.personId(), author.name(),
                recommendation.getTitle());
    }

    private void tell(NoticeKind kind, String key, Recommendation recommendation, Collection<Long> people, Long except,
                      String... params) {
        long initiativeId = recommendation.getInitiativeId();
        String link = initiatives.findById(initiativeId)
                .map(i -> "initiatives/" + i.slug() + "/recommendations/" + recommendation.getId()).orElse(null);
        for (long person : new LinkedHashSet<>(people)) {
            if (!Long.valueOf(person).equals(except)
                    && authorization.can(new Actor(person, "", false), Action.VIEW_RECOMMENDATIONS, initiativeId)) {
                notices.notify(Notification.of(kind, person, key, params).in(initiativeId).linkTo(link));
            }
        }
    }
}
