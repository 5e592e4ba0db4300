package app.convene.convenings;

import app.convene.convenings.MinutesAccess.Roles;
import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.ConveningMinutes;
import app.convene.convenings.internal.ConveningMinutesRepository;
import app.convene.convenings.internal.MinutesQueries;
import app.convene.convenings.internal.MinutesQueries.ActionRow;
import app.convene.convenings.internal.MinutesQueries.CommentRow;
import app.convene.convenings.internal.MinutesQueries.VersionRow;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a convening: the host drafts them (Markdown), sends them for review to the attendees, who
 * comment; the chair approves them, which freezes the text as a numbered version with who approved it and when.
 * A correction is drafted on the approved text and approved as the next version; earlier versions stay readable.
 * Edits carry the version they started from: a concurrent edit is refused, never silently overwritten.
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    /** The longest minutes text and review comment. */
    static final int TEXT = 50_000;
    static final int COMMENT = 4_000;
    /** The version to send when there are no minutes yet. */
    public static final long NONE = -1;

    private final ConveningMinutesRepository minutes;
    private final MinutesQueries queries;
    private final ConveningItems items;
    private final MinutesAccess access;
    private final Authorization authorization;
    private final AuditLog audit;
    private final NoticeService notices;
    private final Clock clock;

    MinutesService(ConveningMinutesRepository minutes, MinutesQueries queries, ConveningItems items,
                   MinutesAccess access, Authorization authorization, AuditLog audit, NoticeService notices,
                   Clock clock) {
        this.minutes = minutes;
        this.queries = queries;
        this.items = items;
        this.access = access;
        this.authorization = authorization;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The minutes as the reader may see them: approved versions for whoever may see the convening; the text being
     * written, comments and action items for the host, the chair and the attendees (the text in review only).
     */
    public record Minutes(long conveningId, String conveningTitle, MinutesStatus status, long version, String markdown,
                          List<VersionRow> versions, List<CommentRow> comments, List<ActionRow> actions,
                          Rights rights) {
        public boolean exists() {
            return version != NONE;
        }
    }

    /** What the reader may do now. */
    public record Rights(boolean edit, boolean sendForReview, boolean comment, boolean approve, boolean correct,
                         boolean readDraft) {
    }

    /** The minutes of a convening the reader may see (refused otherwise). */
    public Minutes minutes(long conveningId) {
        Convening convening = items.visible(conveningId);
        Roles roles = access.of(convening);
        Optional<ConveningMinutes> found = minutes.findByConveningId(conveningId);
        if (found.isEmpty()) {
            Rights rights = new Rights(roles.host(), false, false, false, false, roles.host());
            return new Minutes(conveningId, convening.getTitle(), null, NONE, roles.host() ? "" : null, List.of(),
                    List.of(), List.of(), rights);
        }
        ConveningMinutes m = found.get();
        List<VersionRow> versions = queries.versions(m.getId());
        MinutesStatus status = m.getStatus();
        boolean readDraft = roles.host() || roles.chair() || roles.attendee() && status != MinutesStatus.DRAFT;
        Rights rights = new Rights(roles.host() && status != MinutesStatus.APPROVED,
                roles.host() && status == MinutesStatus.DRAFT, roles.inCircle() && status == MinutesStatus.IN_REVIEW,
                roles.chair() && approvable(status, versions.size()), roles.host() && status == MinutesStatus.APPROVED,
                readDraft);
        return new Minutes(conveningId, convening.getTitle(), status, m.getVersion(), readDraft ? m.getMarkdown() : null,
                versions, roles.inCircle() ? queries.comments(m.getId()) : List.of(),
                roles.inCircle() ? queries.actions(m.getId()) : List.of(), rights);
    }

    /** The host saves the text ({@code expectedVersion}: {@link #NONE} for the first save). Returns the new version. */
    @Transactional
    public long save(long conveningId, long expectedVersion, String markdown) {
        Convening convening = items.find(conveningId);
        Actor actor = host(convening);
        String text = FreeText.checked("markdown", markdown == null ? "" : markdown);
        if (text.length() > TEXT) {
            throw new ValidationError("markdown", "minutes.error.tooLong", TEXT);
        }
        ConveningMinutes m = minutes.findByConveningId(conveningId).orElse(null);
        if (m == null ? expectedVersion != NONE : m.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The minutes changed since they were opened");
        }
        if (m == null) {
            m = new ConveningMinutes(conveningId, clock.instant());
        } else if (m.getStatus() == MinutesStatus.APPROVED) {
            throw new ValidationError("markdown", "minutes.error.frozen");
        }
        m.write(text, actor.isSystem() ? null : actor.personId(), clock.instant());
        ConveningMinutes saved = minutes.saveAndFlush(m);
        audit.record("minutes.saved", "minutes", saved.getId(), convening.getInitiativeId(), null,
                "convening=" + conveningId + ", status=" + saved.getStatus() + ", length=" + text.length());
        return saved.getVersion();
    }

    /** The host sends the draft for review: the attendees are told (in-app now, mail after commit). */
    @Transactional
    public long sendForReview(long conveningId, long expectedVersion) {
        Convening convening = items.find(conveningId);
        host(convening);
        ConveningMinutes m = current(conveningId, expectedVersion);
        if (m.getStatus() != MinutesStatus.DRAFT) {
            throw new ValidationError("status", "minutes.error.notDraft");
        }
        requireText(m);
        long version = change(m, MinutesStatus.IN_REVIEW, convening, "minutes.sentForReview");
        tell(convening, "minutes.notice.review", "convenings/" + conveningId + "/minutes");
        return version;
    }

    /** An attendee, the host or the chair comments on the minutes in review. */
    @Transactional
    public long comment(long conveningId, String body) {
        Convening convening = items.visible(conveningId);
        if (!access.of(convening).inCircle()) {
            throw access.denied("comment on the minutes of convening " + conveningId);
        }
        Actor actor = authorization.currentActor().orElseThrow();
        String text = FreeText.checked("comment", body == null ? "" : body.strip());
        if (text.isEmpty() || text.length() > COMMENT) {
            throw new ValidationError("comment", text.isEmpty() ? "minutes.error.commentRequired" : "minutes.error.tooLong",
                    COMMENT);
        }
        ConveningMinutes m = minutes.findByConveningId(conveningId)
                .filter(x -> x.getStatus() == MinutesStatus.IN_REVIEW)
                .orElseThrow(() -> new ValidationError("comment", "minutes.error.notInReview"));
        long id = queries.addComment(m.getId(), actor.personId(), text, clock.instant());
        audit.record("minutes.commented", "minutes", m.getId(), convening.getInitiativeId(), null, "comment=" + id);
        return id;
    }

    /** The chair approves: the text is frozen as the next version. Returns the version's number. */
    @Transactional
    public int approve(long conveningId, long expectedVersion) {
        Convening convening = items.find(conveningId);
        if (!access.of(convening).chair()) {
            throw access.denied("approve the minutes of convening " + conveningId);
        }
        Actor actor = authorization.currentActor().orElseThrow();
        ConveningMinutes m = current(conveningId, expectedVersion);
        if (!approvable(m.getStatus(), queries.versions(m.getId()).size())) {
            throw new ValidationError("status", "minutes.error.notInReview");
        }
        requireText(m);
        int number = queries.addVersion(m.getId(), m.getMarkdown(), actor.isSystem() ? null : actor.personId(),
                clock.instant());
        change(m, MinutesStatus.APPROVED, convening, "minutes.approved");
        tell(convening, "minutes.notice.approved", "convenings/" + conveningId);
        return number;
    }

    /** The host starts a correction of approved minutes: a draft of the approved text, approved as the next version. */
    @Transactional
    public long correct(long conveningId, long expectedVersion) {
        Convening convening = items.find(conveningId);
        host(convening);
        ConveningMinutes m = current(conveningId, expectedVersion);
        if (m.getStatus() != MinutesStatus.APPROVED) {
            throw new ValidationError("status", "minutes.error.notApproved");
        }
        return change(m, MinutesStatus.DRAFT, convening, "minutes.correctionStarted");
    }

    /** The first version comes out of review; a correction may be approved from its draft (already reviewed once). */
    private static boolean approvable(MinutesStatus status, int approvedVersions) {
        return status == MinutesStatus.IN_REVIEW || status == MinutesStatus.DRAFT && approvedVersions > 0;
    }

    private long change(ConveningMinutes m, MinutesStatus status, Convening convening, String action) {
        MinutesStatus before = m.getStatus();
        m.status(status, clock.instant());
        ConveningMinutes saved = minutes.saveAndFlush(m);
        audit.record(action, "minutes", saved.getId(), convening.getInitiativeId(), before, status);
        return saved.getVersion();
    }

    /** Every attendee but whoever made the change hears of it as a notice of kind MINUTES (mailed as they chose). */
    private void tell(Convening convening, String noticeKey, String link) {
        Long me = authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId).orElse(null);
        queries.attendees(convening.getId()).stream().filter(p -> me == null || p.id() != me)
                .forEach(p -> notices.notify(Notification.of(NoticeKind.MINUTES, p.id(), noticeKey, convening.getTitle())
                        .in(convening.getInitiativeId()).linkTo(link)));
    }

    private ConveningMinutes current(long conveningId, long expectedVersion) {
        ConveningMinutes m = minutes.findByConveningId(conveningId)
                .orElseThrow(() -> new ValidationError("markdown", "minutes.error.empty"));
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The minutes changed since they were opened");
        }
        return m;
    }

    private static void requireText(ConveningMinutes m) {
        if (m.getMarkdown().isBlank()) {
            throw new ValidationError("markdown", "minutes.error.empty");
        }
    }

    private Actor host(Convening convening) {
        if (!access.of(convening).host()) {
            throw access.denied("write the minutes of convening " + convening.getId());
        }
        return authorization.currentActor().orElseThrow();
    }
}
