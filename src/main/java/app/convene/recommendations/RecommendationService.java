package app.convene.recommendations;

import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.recommendations.internal.RecommendationRevision;
import app.convene.recommendations.internal.RecommendationRevisionRepository;
import app.convene.recommendations.internal.Report;
import app.convene.recommendations.internal.ReportRepository;
import app.convene.recommendations.internal.ReportSection;
import app.convene.recommendations.internal.ReportSectionRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, sections and recommendations, and the revision chain of each recommendation. Every
 * accepted save is exactly one new revision; a save that started from an older revision than the
 * latest is refused with everything saved since, and the writer's text handed back untouched.
 */
@Service
@Transactional
public class RecommendationService {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 200;
    static final int BODY_MAX = 200_000;
    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    private final ReportRepository reports;
    private final ReportSectionRepository sections;
    private final RecommendationRepository recommendations;
    private final RecommendationRevisionRepository revisions;
    private final Authorization authorization;
    private final Clock clock;
    private final app.convene.recommendations.internal.WorkRepository work;
    private final app.convene.recommendations.internal.PresenceRegistry presence;
    private final DecisionService decisions;
    private final app.convene.initiatives.InitiativeDirectory initiatives;
    private final app.convene.workgroups.WorkgroupService workgroups;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final app.convene.security.AuditLog audit;

    RecommendationService(ReportRepository reports, ReportSectionRepository sections,
                          RecommendationRepository recommendations, RecommendationRevisionRepository revisions,
                          Authorization authorization, Clock clock,
                          app.convene.recommendations.internal.WorkRepository work,
                          app.convene.recommendations.internal.PresenceRegistry presence, DecisionService decisions,
                          app.convene.initiatives.InitiativeDirectory initiatives,
                          app.convene.workgroups.WorkgroupService workgroups,
                          org.springframework.jdbc.core.simple.JdbcClient jdbc, app.convene.security.AuditLog audit) {
        this.audit = audit;
        this.initiatives = initiatives;
        this.workgroups = workgroups;
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.work = work;
        this.presence = presence;
        this.reports = reports;
        this.sections = sections;
        this.recommendations = recommendations;
        this.revisions = revisions;
        this.authorization = authorization;
        this.clock = clock;
    }

    /** A new, empty report in the initiative (committee members, coordinators). */
    public long createReport(long initiativeId, String title) {
        authorization.check(Action.DRAFT_RECOMMENDATIONS, initiativeId);
        return reports.save(new Report(initiativeId, required("title", title, TITLE_MAX))).getId();
    }

    /** Adds a section (a principle or strategic goal) at the end of the report. */
    public long addSection(long reportId, String title) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("report " + reportId));
        authorization.check(Action.DRAFT_RECOMMENDATIONS, report.getInitiativeId());
        String checked = required("title", title, TITLE_MAX);
        return sections.save(new ReportSection(reportId, sections.lastPosition(reportId) + 1, checked)).getId();
    }

    /** Adds a recommendation at the end of the section, with its first revision. */
    public RecommendationDetails addRecommendation(long sectionId, String title, String body) {
        ReportSection section = sections.findById(sectionId)
                .orElseThrow(() -> new NoSuchElementException("section " + sectionId));
        Report report = reports.getReferenceById(section.getReportId());
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, report.getInitiativeId());
        String checkedTitle = required("title", title, TITLE_MAX);
        String checkedBody = body(body);
        Recommendation recommendation = recommendations.saveAndFlush(new Recommendation(report.getInitiativeId(),
                sectionId, recommendations.lastPosition(sectionId) + 1, checkedTitle));
        recommendations.claimNextRevision(recommendation.getId(), 0);
        revisions.save(new RecommendationRevision(recommendation.getId(), 1, checkedTitle, checkedBody,
                "First draft", actor.personId(), actor.name(), clock.instant()));
        return view(recommendations.findById(recommendation.getId()).orElseThrow());
    }

    /**
     * Saves the text as a new revision on top of {@code baseRevision}, the revision the writer
     * opened. If anyone saved after that, nothing is written and the result lists their revisions.
     */
    public SaveResult save(long recommendationId, int baseRevision, String title, String body, String summary) {
        Recommendation recommendation = load(recommendationId);
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, recommendation.getInitiativeId());
        String checkedTitle = required("title", title, TITLE_MAX);
        String checkedBody = body(body);
        String checkedSummary = required("summary", summary, SUMMARY_MAX);
        if (recommendation.getStatus() == RecommendationStatus.WITHDRAWN) {
            throw new ValidationError("body", "recommendations.error.final");
        }
        boolean correctsPublished = recommendation.getStatus() == RecommendationStatus.PUBLISHED;
        if (recommendations.claimNextRevision(recommendationId, baseRevision) == 0) {
            List<RevisionItem> since = revisions
                    .findByRecommendationIdAndNumberGreaterThanOrderByNumber(recommendationId, baseRevision)
                    .stream().map(RecommendationService::view).toList();
            if (since.isEmpty()) {
                throw new IllegalArgumentException("revision " + baseRevision + " of recommendation "
                        + recommendationId + " does not exist");
            }
            if (actor.personId() != null) {
                work.keep(recommendationId, actor.personId(), baseRevision, checkedTitle, checkedBody, checkedSummary,
                        clock.instant());
            }
            return new SaveResult.Conflict(baseRevision, since, checkedTitle, checkedBody);
        }
        if (actor.personId() != null) {
            work.discard(recommendationId, actor.personId());
        }
        Recommendation current = load(recommendationId); // the claim cleared the persistence context
        current.retitle(checkedTitle);
        decisions.revisionSaved(current);
        RecommendationRevision saved = revisions.save(new RecommendationRevision(recommendationId, baseRevision + 1,
                checkedTitle, checkedBody, checkedSummary, actor.personId(), actor.name(), clock.instant()));
        if (correctsPublished) {
            // A correction: the approved text stays public until the new revision is approved and published.
            audit.record("recommendation.correctionStarted", "recommendation", recommendationId,
                    current.getInitiativeId(), "published revision " + current.getPublishedRevision(),
                    "revision " + saved.getNumber() + " drafted: " + checkedSummary);
        }
        return new SaveResult.Saved(view(saved));
    }

    /**
     * Keeps the signed-in member's unsaved text on the server (called as they type), so a closed
     * tab, a lost connection or a refused save loses nothing. Limits are checked only on save.
     */
    public void keepWork(long recommendationId, int baseRevision, String title, String body, String summary) {
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, load(recommendationId).getInitiativeId());
        if (actor.personId() == null) {
            return;
        }
        work.keep(recommendationId, actor.personId(), baseRevision, clip(title, TITLE_MAX), clip(body, BODY_MAX),
                clip(summary, SUMMARY_MAX), clock.instant());
    }

    /** The signed-in member's kept unsaved text, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<WorkInProgress> myWork(long recommendationId) {
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, load(recommendationId).getInitiativeId());
        if (actor.personId() == null) {
            return java.util.Optional.empty();
        }
        return work.find(recommendationId, actor.personId())
                .map(r -> new WorkInProgress(r.baseRevision(), r.title(), r.body(), r.summary(), r.updatedAt()));
    }

    /** Throws the signed-in member's unsaved text away. */
    public void discardWork(long recommendationId) {
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, load(recommendationId).getInitiativeId());
        if (actor.personId() != null) {
            work.discard(recommendationId, actor.personId());
        }
    }

    /** The goals and workgroups of the initiative that a recommendation can name as its sources. */
    @Transactional(readOnly = true)
    public Sources sourceOptions(long initiativeId) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiativeId);
        List<Sources.Named> goals = initiatives.findById(initiativeId).map(i -> i.goals().stream()
                .map(g -> new Sources.Named(g.id(), g.title())).toList()).orElse(List.of());
        List<Sources.Named> groups = workgroups.list(initiativeId, org.springframework.data.domain.PageRequest.of(0, 500))
                .stream().map(w -> new Sources.Named(w.id(), w.name())).toList();
        return new Sources(goals, groups);
    }

    /** The goals and workgroups the recommendation comes from. */
    @Transactional(readOnly = true)
    public Sources sources(long recommendationId) {
        Recommendation recommendation = load(recommendationId);
        Sources options = sourceOptions(recommendation.getInitiativeId());
        java.util.Set<Long> goalIds = new java.util.HashSet<>(jdbc.sql(
                "select goal_id from recommendation_goal where recommendation_id = ?").param(recommendationId)
                .query(Long.class).list());
        java.util.Set<Long> groupIds = new java.util.HashSet<>(jdbc.sql(
                "select workgroup_id from recommendation_workgroup where recommendation_id = ?").param(recommendationId)
                .query(Long.class).list());
        return new Sources(options.goals().stream().filter(g -> goalIds.contains(g.id())).toList(),
                options.workgroups().stream().filter(w -> groupIds.contains(w.id())).toList());
    }

    /** Sets the goals and workgroups the recommendation comes from (only the initiative's own). */
    public void setSources(long recommendationId, java.util.Set<Long> goalIds, java.util.Set<Long> workgroupIds) {
        Recommendation recommendation = load(recommendationId);
        authorization.check(Action.DRAFT_RECOMMENDATIONS, recommendation.getInitiativeId());
        Sources options = sourceOptions(recommendation.getInitiativeId());
        if (!options.goals().stream().map(Sources.Named::id).collect(java.util.stream.Collectors.toSet()).containsAll(goalIds)
                || !options.workgroups().stream().map(Sources.Named::id).collect(java.util.stream.Collectors.toSet())
                .containsAll(workgroupIds)) {
            throw new ValidationError("sources", "recommendations.error.sources");
        }
        jdbc.sql("delete from recommendation_goal where recommendation_id = ?").param(recommendationId).update();
        jdbc.sql("delete from recommendation_workgroup where recommendation_id = ?").param(recommendationId).update();
        for (long goal : goalIds) {
            jdbc.sql("insert into recommendation_goal (recommendation_id, goal_id) values (?, ?)")
                    .params(recommendationId, goal).update();
        }
        for (long group : workgroupIds) {
            jdbc.sql("insert into recommendation_workgroup (recommendation_id, workgroup_id) values (?, ?)")
                    .params(recommendationId, group).update();
        }
    }

    /** Marks the signed-in member as having the draft open; returns who else has it open now. */
    @Transactional(readOnly = true)
    public List<String> openedBy(long recommendationId) {
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, load(recommendationId).getInitiativeId());
        if (actor.personId() == null) {
            return List.of();
        }
        return presence.touch(recommendationId, actor.personId(), actor.name(), clock.instant());
    }

    /** The signed-in member closed the draft. */
    public void closedBy(long recommendationId) {
        authorization.currentActor().filter(a -> a.personId() != null)
                .ifPresent(a -> presence.leave(recommendationId, a.personId()));
    }

    @Transactional(readOnly = true)
    public RecommendationDetails recommendation(long recommendationId) {
        Recommendation recommendation = load(recommendationId);
        authorization.check(Action.VIEW_RECOMMENDATIONS, recommendation.getInitiativeId());
        return view(recommendation);
    }

    /**
     * The initiative's reports, each with its sections and recommendations, a page of reports at a
     * time. A report holds tens of recommendations, not thousands, so each page is read whole.
     */
    @Transactional(readOnly = true)
    public List<ReportOutline> reports(long initiativeId, Pageable page) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiativeId);
        List<ReportOutline> out = new ArrayList<>();
        for (Report report : reports.findByInitiativeIdOrderById(initiativeId, page)) {
            List<ReportSection> reportSections = sections.findByReportIdOrderByPosition(report.getId());
            java.util.Map<Long, List<ReportOutline.Item>> items = new java.util.HashMap<>();
            if (!reportSections.isEmpty()) {
                for (Recommendation r : recommendations.findBySectionIdInOrderByPosition(
                        reportSections.stream().map(ReportSection::getId).toList())) {
                    items.computeIfAbsent(r.getSectionId(), k -> new ArrayList<>()).add(new ReportOutline.Item(r.getId(),
                            r.getPosition(), r.getTitle(), r.getStatus(), r.getRevisionCount()));
                }
            }
            out.add(new ReportOutline(report.getId(), report.getTitle(), reportSections.stream()
                    .map(s -> new ReportOutline.Section(s.getId(), s.getPosition(), s.getTitle(),
                            items.getOrDefault(s.getId(), List.of()))).toList()));
        }
        return out;
    }

    /** The revisions, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Slice<RevisionItem> history(long recommendationId, Pageable page) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, load(recommendationId).getInitiativeId());
        return revisions.findByRecommendationIdOrderByNumberDesc(recommendationId, page).map(RecommendationService::view);
    }

    @Transactional(readOnly = true)
    public RevisionItem revision(long recommendationId, int number) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, load(recommendationId).getInitiativeId());
        return revisions.findByRecommendationIdAndNumber(recommendationId, number).map(RecommendationService::view)
                .orElseThrow(() -> new NoSuchElementException("revision " + number));
    }

    /** Word-level comparison of two revisions' bodies, older first. */
    @Transactional(readOnly = true)
    public List<DiffSegment> compare(long recommendationId, int older, int newer) {
        return diff(revision(recommendationId, older).body(), revision(recommendationId, newer).body());
    }

    /**
     * Word-level diff (Myers) of two texts: words and the whitespace between them are the units, so
     * the segments concatenate back to the old text (SAME + DELETED) and the new text (SAME + INSERTED).
     */
    public static List<DiffSegment> diff(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        List<DiffSegment> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(out, DiffSegment.Kind.SAME, a.subList(position, start));
            append(out, DiffSegment.Kind.DELETED, delta.getSource().getLines());
            append(out, DiffSegment.Kind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        append(out, DiffSegment.Kind.SAME, a.subList(position, a.size()));
        return out;
    }

    private static void append(List<DiffSegment> out, DiffSegment.Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new DiffSegment(kind, out.getLast().text() + text));
        } else {
            out.add(new DiffSegment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORDS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private Recommendation load(long id) {
        return recommendations.findById(id).orElseThrow(() -> new NoSuchElementException("recommendation " + id));
    }

    private RecommendationDetails view(Recommendation r) {
        RevisionItem latest = r.getRevisionCount() == 0 ? null
                : revisions.findByRecommendationIdAndNumber(r.getId(), r.getRevisionCount())
                        .map(RecommendationService::view).orElse(null);
        return new RecommendationDetails(r.getId(), r.getInitiativeId(), r.getSectionId(), r.getPosition(),
                latest == null ? r.getTitle() : latest.title(), r.getStatus(), r.getRevisionCount(), latest,
                r.getPublishedRevision(), r.getWithdrawnReason() == null ? null : new RecommendationDetails.Withdrawal(
                        r.getWithdrawnReason(), r.getWithdrawnByName(), r.getWithdrawnAt()));
    }

    private static RevisionItem view(RecommendationRevision r) {
        return new RevisionItem(r.getRecommendationId(), r.getNumber(), r.getTitle(), r.getBody(), r.getSummary(),
                r.getAuthorName(), r.getCreatedAt());
    }

    private static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationError(field, "recommendations.error.required");
        }
        if (trimmed.length() > max) {
            throw new ValidationError(field, "recommendations.error.tooLong");
        }
        return trimmed;
    }

    private static String clip(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String body(String body) {
        String text = body == null ? "" : body;
        if (text.length() > BODY_MAX) {
            throw new ValidationError("body", "recommendations.error.tooLong");
        }
        return text;
    }
}
