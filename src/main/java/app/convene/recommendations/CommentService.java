package app.convene.recommendations;

import app.convene.recommendations.internal.CommentRepository;
import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.recommendations.internal.RecommendationRevisionRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads anchored to paragraphs. Committee members and coordinators comment at any time;
 * other members of the initiative only while a coordinator has opened the recommendation for public
 * comment, until its end date. Threads follow their paragraph through later revisions.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

    static final int COMMENT_MAX = 4000;

    private final RecommendationRepository recommendations;
    private final RecommendationRevisionRepository revisions;
    private final CommentRepository comments;
    private final Authorization authorization;
    private final Clock clock;
    private final AuditLog audit;
    private final RecommendationNotices notices;

    CommentService(RecommendationRepository recommendations, RecommendationRevisionRepository revisions,
                   CommentRepository comments, Authorization authorization, Clock clock,
                   AuditLog audit, RecommendationNotices notices) {
        this.audit = audit;
        this.notices = notices;
        this.recommendations = recommendations;
        this.revisions = revisions;
        this.comments = comments;
        this.authorization = authorization;
        this.clock = clock;
    }

    /** Comments on a paragraph (0-based) of the given revision. */
    @Transactional
    public long comment(long recommendationId, int revisionNumber, int paragraph, String body) {
        Recommendation recommendation = recommendation(recommendationId);
        Actor actor = mayComment(recommendation);
        List<String> paragraphs = Paragraphs.of(revisions.findByRecommendationIdAndNumber(recommendationId, revisionNumber)
                .orElseThrow(() -> new NoSuchElementException("revision " + revisionNumber)).getBody());
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            throw new ValidationError("paragraph", "comment.error.paragraph");
        }
        String checked = text(body);
        long id = comments.add(recommendationId, null, revisionNumber, paragraph, paragraphs.get(paragraph),
                actor.personId(), actor.name(), checked, clock.instant());
        audit.record("comment.added", "recommendation_comment", id, recommendation.getInitiativeId(), null,
                "on recommendation " + recommendationId + ", revision " + revisionNumber + ", paragraph "
                        + (paragraph + 1) + ": " + checked);
        notices.commented(recommendation, actor, List.of());
        return id;
    }

    /** Replies in a thread. */
    @Transactional
    public long reply(long commentId, String body) {
        CommentRepository.Row parent = comments.find(commentId).orElseThrow(() -> new NoSuchElementException("comment " + commentId));
        Recommendation recommendation = recommendation(parent.recommendationId());
        Actor actor = mayComment(recommendation);
        long root = parent.parentId() == null ? parent.id() : parent.parentId();
        String checked = text(body);
        long id = comments.add(parent.recommendationId(), root, parent.revisionNumber(), parent.paragraphIndex(),
                parent.paragraphText(), actor.personId(), actor.name(), checked, clock.instant());
        audit.record("comment.replied", "recommendation_comment", id, recommendation.getInitiativeId(), null,
                "reply in thread " + root + ": " + checked);
        notices.commented(recommendation, actor, threadAuthors(parent, root));
        return id;
    }

    /** Marks a thread resolved (its author, committee members, coordinators). */
    @Transactional
    public void resolve(long commentId) {
        CommentRepository.Row thread = comments.find(commentId).orElseThrow(() -> new NoSuchElementException("comment " + commentId));
        Recommendation recommendation = recommendation(thread.recommendationId());
        Actor actor = authorization.check(Action.VIEW_RECOMMENDATIONS, recommendation.getInitiativeId());
        boolean author = actor.personId() != null && actor.personId().equals(thread.authorPersonId());
        if (!author && !authorization.can(actor, Action.DRAFT_RECOMMENDATIONS, recommendation.getInitiativeId())) {
            throw new AccessDeniedException(actor.name() + " may not resolve someone else's comment");
        }
        long root = thread.parentId() == null ? thread.id() : thread.parentId();
        comments.resolve(root, actor.personId(), actor.name(), clock.instant());
        audit.record("comment.resolved", "recommendation_comment", root, recommendation.getInitiativeId(), "open",
                "resolved");
    }

    /** The author changes their comment's text; it shows as edited and the audit log keeps the text before. */
    @Transactional
    public void edit(long commentId, String body) {
        CommentRepository.Row row = ownComment(commentId, "edit");
        String checked = text(body);
        comments.edit(commentId, checked, clock.instant());
        audit.record("comment.edited", "recommendation_comment", commentId, initiativeOf(row), row.body(), checked);
    }

    /** The author deletes their comment: a placeholder keeps its place, so replies stay in the thread. */
    @Transactional
    public void delete(long commentId) {
        CommentRepository.Row row = ownComment(commentId, "delete");
        comments.delete(commentId, row.authorPersonId(), row.authorName(), null, clock.instant());
        audit.record("comment.deleted", "recommendation_comment", commentId, initiativeOf(row), row.body(),
                "deleted by its author");
    }

    /** A coordinator removes someone's comment (moderation), with a reason shown in its place. */
    @Transactional
    public void moderate(long commentId, String reason) {
        CommentRepository.Row row = comment(commentId);
        Actor actor = authorization.check(Action.RUN_DECISIONS, initiativeOf(row));
        String why = FreeText.checked("moderation", reason == null ? "" : reason.strip());
        if (why.isEmpty()) {
            throw new ValidationError("moderation", "comment.error.moderationReason");
        }
        if (why.length() > 2000) {
            throw new ValidationError("moderation", "recommendations.error.tooLong");
        }
        if (row.deletedAt() != null) {
            throw new ValidationError("moderation", "comment.error.deleted");
        }
        comments.delete(commentId, actor.personId(), actor.name(), why, clock.instant());
        audit.record("comment.moderated", "recommendation_comment", commentId, initiativeOf(row), row.body(),
                "removed: " + why);
    }

    private CommentRepository.Row ownComment(long commentId, String what) {
        CommentRepository.Row row = comment(commentId);
        Actor actor = authorization.check(Action.VIEW_RECOMMENDATIONS, initiativeOf(row));
        if (actor.personId() == null || !actor.personId().equals(row.authorPersonId())) {
            throw new AccessDeniedException(actor.name() + " may not " + what + " someone else's comment");
        }
        if (row.deletedAt() != null) {
            throw new ValidationError("comment", "comment.error.deleted");
        }
        return row;
    }

    private CommentRepository.Row comment(long commentId) {
        return comments.find(commentId).orElseThrow(() -> new NoSuchElementException("comment " + commentId));
    }

    private long initiativeOf(CommentRepository.Row row) {
        return recommendation(row.recommendationId()).getInitiativeId();
    }

    /** Opens the recommendation for comment by all members of the initiative until the given time. */
    @Transactional
    public void openPublicComment(long recommendationId, Instant until) {
        Recommendation recommendation = recommendation(recommendationId);
        authorization.check(Action.RUN_DECISIONS, recommendation.getInitiativeId());
        if (until == null || !until.isAfter(clock.instant())) {
            throw new ValidationError("until", "comment.error.until");
        }
        Instant before = recommendation.getPublicCommentUntil();
        recommendation.openPublicComment(until);
        audit.record("recommendation.publicCommentOpened", "recommendation", recommendationId,
                recommendation.getInitiativeId(), before == null ? null : "open until " + before, "open until " + until);
    }

    /** Ends public comment now. */
    @Transactional
    public void closePublicComment(long recommendationId) {
        Recommendation recommendation = recommendation(recommendationId);
        authorization.check(Action.RUN_DECISIONS, recommendation.getInitiativeId());
        Instant before = recommendation.getPublicCommentUntil();
        recommendation.openPublicComment(null);
        audit.record("recommendation.publicCommentClosed", "recommendation", recommendationId,
                recommendation.getInitiativeId(), before == null ? null : "open until " + before, "closed");
    }

    /** Until when all members may comment, if public comment is open now. */
    public Optional<Instant> publicCommentUntil(long recommendationId) {
        Recommendation recommendation = recommendation(recommendationId);
        authorization.check(Action.VIEW_RECOMMENDATIONS, recommendation.getInitiativeId());
        return Optional.ofNullable(recommendation.getPublicCommentUntil()).filter(until -> until.isAfter(clock.instant()));
    }

    /** Whether the signed-in person may comment now. */
    public boolean mayCommentNow(long recommendationId) {
        try {
            mayComment(recommendation(recommendationId));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** The threads, placed on the latest revision's paragraphs (or outdated), in paragraph order. */
    public List<CommentThread> threads(long recommendationId) {
        Recommendation recommendation = recommendation(recommendationId);
        Long me = authorization.check(Action.VIEW_RECOMMENDATIONS, recommendation.getInitiativeId()).personId();
        List<String> latest = revisions.findByRecommendationIdAndNumber(recommendationId, recommendation.getRevisionCount())
                .map(r -> Paragraphs.of(r.getBody())).orElse(List.of());
        Map<Long, CommentRepository.Row> roots = new LinkedHashMap<>();
        Map<Long, List<CommentThread.Reply>> replies = new LinkedHashMap<>();
        for (CommentRepository.Row row : comments.of(recommendationId)) {
            if (row.parentId() == null) {
                roots.put(row.id(), row);
            } else {
                replies.computeIfAbsent(row.parentId(), k -> new ArrayList<>())
                        .add(new CommentThread.Reply(row.id(), row.authorName(), shown(row), row.createdAt(),
                                row.editedAt(), removal(row), mine(row, me)));
            }
        }
        List<CommentThread> threads = new ArrayList<>();
        for (CommentRepository.Row root : roots.values()) {
            int now = root.revisionNumber() == recommendation.getRevisionCount() ? root.paragraphIndex()
                    : Paragraphs.find(root.paragraphText(), root.paragraphIndex(), latest);
            threads.add(new CommentThread(root.id(), root.revisionNumber(), now, root.paragraphText(), root.authorName(),
                    shown(root), root.createdAt(), root.resolved(), root.resolvedBy(),
                    replies.getOrDefault(root.id(), List.of()), root.editedAt(), removal(root), mine(root, me)));
        }
        threads.sort(Comparator.comparingInt((CommentThread t) -> t.outdated() ? Integer.MAX_VALUE : t.paragraph())
                .thenComparingLong(CommentThread::id));
        return threads;
    }

    private static String shown(CommentRepository.Row row) {
        return row.deletedAt() == null ? row.body() : null;
    }

    private static CommentThread.Removal removal(CommentRepository.Row row) {
        return row.deletedAt() == null ? null
                : new CommentThread.Removal(row.deletedByName(), row.deletedReason(), row.deletedAt());
    }

    private static boolean mine(CommentRepository.Row row, Long me) {
        return me != null && me.equals(row.authorPersonId());
    }

    private Actor mayComment(Recommendation recommendation) {
        Actor actor = authorization.check(Action.VIEW_RECOMMENDATIONS, recommendation.getInitiativeId());
        if (authorization.can(actor, Action.DRAFT_RECOMMENDATIONS, recommendation.getInitiativeId())) {
            return actor;
        }
        Instant until = recommendation.getPublicCommentUntil();
        if (until == null || !until.isAfter(clock.instant())) {
            throw new AccessDeniedException(actor.name() + " may not comment: the recommendation is not open for public comment");
        }
        return actor;
    }

    private static String text(String body) {
        String trimmed = FreeText.checked("comment", body == null ? "" : body.strip());
        if (trimmed.isEmpty()) {
            throw new ValidationError("comment", "recommendations.error.required");
        }
        if (trimmed.length() > COMMENT_MAX) {
            throw new ValidationError("comment", "comment.error.tooLong");
        }
        return trimmed;
    }

    /** Who wrote the comment replied to and the thread's first comment (not deleted ones: no one reads them). */
    private List<Long> threadAuthors(CommentRepository.Row parent, long root) {
        List<CommentRepository.Row> rows = parent.id() == root ? List.of(parent) : List.of(parent, comment(root));
        return rows.stream().filter(r -> r.deletedAt() == null && r.authorPersonId() != null)
                .map(CommentRepository.Row::authorPersonId).distinct().toList();
    }

    private Recommendation recommendation(long id) {
        return recommendations.findById(id).orElseThrow(() -> new NoSuchElementException("recommendation " + id));
    }
}
