package app.convene.recommendations;

import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.recommendations.internal.RecommendationRevision;
import app.convene.recommendations.internal.RecommendationRevisionRepository;
import app.convene.recommendations.internal.Report;
import app.convene.recommendations.internal.ReportRepository;
import app.convene.recommendations.internal.ReportSection;
import app.convene.recommendations.internal.ReportSectionRepository;
import app.convene.recommendations.internal.RevisionQueries;
import app.convene.recommendations.internal.WorkRepository;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.shared.database.SharedReads;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.HashMap;
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
@Transactional(readOnly = true)
public class RecommendationService {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 200;
    static final int BODY_MAX = 200_000;

    private final ReportRepository reports;
    private final ReportSectionRepository sections;
    private final RecommendationRepository recommendations;
    private final RecommendationRevisionRepository revisions;
    private final RevisionQueries revisionQueries;
    private final WorkRepository work;
    private final DecisionService decisions;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;
    private final RecommendationInitiatives initiatives;
    private final SharedReads shared;

    RecommendationService(ReportRepository reports, ReportSectionRepository sections,
                          RecommendationRepository recommendations, RecommendationRevisionRepository revisions,
                          RevisionQueries revisionQueries, WorkRepository work, DecisionService decisions, Authorization authorization,
                          AuditLog audit, Clock clock, RecommendationInitiatives initiatives, SharedReads shared) {
        this.reports = reports;
        this.sections = sections;
        this.recommendations = recommendations;
        this.revisions = revisions;
        this.revisionQueries = revisionQueries;
        this.work = work;
        this.decisions = decisions;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
        this.initiatives = initiatives;
        this.shared = shared;
    }

    /** A new, empty report in the initiative (committee members, coordinators). */
    @Transactional
    public long createReport(long initiativeId, String title) {
        authorization.check(Action.DRAFT_RECOMMENDATIONS, initiativeId);
        Report report = reports.save(new Report(initiativeId, required("title", title, TITLE_MAX)));
        audit.record("report.created", "report", report.getId(), initiativeId, null, report.getTitle());
        return report.getId();
    }

    /** Adds a section (a principle or strategic goal) at the end of the report. */
    @Transactional
    public long addSection(long reportId, String title) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("report " + reportId));
        authorization.check(Action.DRAFT_RECOMMENDATIONS, report.getInitiativeId());
        String checked = required("title", title, TITLE_MAX);
        long id = sections.save(new ReportSection(reportId, sections.lastPosition(reportId) + 1, checked)).getId();
        audit.record("report.sectionAdded", "report_section", id, report.getInitiativeId(), null,
                "in report " + reportId + ": " + checked);
        return id;
    }

    /** Adds a recommendation at the end of the section, with its first revision. */
    @Transactional
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
        audit.record("recommendation.added", "recommendation", recommendation.getId(), report.getInitiativeId(), null,
                "revision 1: " + checkedTitle);
        return view(recommendations.findById(recommendation.getId()).orElseThrow());
    }

    /**
     * Saves the text as a new revision on top of {@code baseRevision}, the revision the writer
     * opened. If anyone saved after that, nothing is written and the result lists their revisions.
     */
    @Transactional
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
        } else {
            audit.record("recommendation.revised", "recommendation", recommendationId, current.getInitiativeId(),
                    "revision " + baseRevision, "revision " + saved.getNumber() + ": " + checkedSummary);
        }
        return new SaveResult.Saved(view(saved));
    }

    /**
     * The recommendation as stored, for members of its initiative. What it holds does not depend on who asks: every
     * editor opened on the same data version shares one read of it (decision 0077); the check stays per person.
     */
    public RecommendationDetails recommendation(long recommendationId) {
        return find(recommendationId).orElseThrow(() -> new NoSuchElementException("recommendation " + recommendationId));
    }

    /**
     * As {@link #recommendation}, or empty when there is none: a page drawn in one transaction asks this, since an
     * exception out of a service call inside would end the whole drawing (decision 0082). A person who may not see the
     * recommendation's initiative is still refused ({@code AccessDeniedException}), as by {@link #recommendation}.
     */
    public Optional<RecommendationDetails> find(long recommendationId) {
        Optional<RecommendationDetails> details = shared.get(new DetailsOf(recommendationId),
                () -> recommendations.findById(recommendationId).map(this::view));
        details.ifPresent(found -> authorization.check(Action.VIEW_RECOMMENDATIONS, found.initiativeId()));
        return details;
    }

    private record DetailsOf(long recommendationId) {
    }

    /**
     * The initiative's reports, each with its sections and recommendations, a page of reports at a
     * time. A report holds tens of recommendations, not thousands, so each page is read whole.
     */
    public List<ReportOutline> reports(long initiativeId, Pageable page) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiativeId);
        List<ReportOutline> out = new ArrayList<>();
        for (Report report : reports.findByInitiativeIdOrderById(initiativeId, page)) {
            List<ReportSection> reportSections = sections.findByReportIdOrderByPosition(report.getId());
            Map<Long, List<ReportOutline.Item>> items = new HashMap<>();
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
    public Slice<RevisionItem> history(long recommendationId, Pageable page) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiatives.of(recommendationId));
        return revisions.findByRecommendationIdOrderByNumberDesc(recommendationId, page).map(RecommendationService::view);
    }

    /** The history's lines, newest first, for a list that loads as it scrolls (offset 0 = the latest revision). */
    public List<RevisionEntry> historyEntries(long recommendationId, int offset, int limit) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiatives.of(recommendationId));
        return revisionQueries.entries(recommendationId, offset, Math.min(limit, 200));
    }

    public RevisionItem revision(long recommendationId, int number) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiatives.of(recommendationId));
        return revisions.findByRecommendationIdAndNumber(recommendationId, number).map(RecommendationService::view)
                .orElseThrow(() -> new NoSuchElementException("revision " + number));
    }

    /** Word-level comparison of two revisions' bodies, older first. */
    public List<DiffSegment> compare(long recommendationId, int older, int newer) {
        return WordDiff.diff(revision(recommendationId, older).body(), revision(recommendationId, newer).body());
    }

    private Recommendation load(long id) {
        return recommendations.require(id);
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
        String trimmed = FreeText.checked(field, value == null ? "" : value.strip());
        if (trimmed.isEmpty()) {
            throw new ValidationError(field, "recommendations.error.required");
        }
        if (trimmed.length() > max) {
            throw new ValidationError(field, "recommendations.error.tooLong");
        }
        return trimmed;
    }

    private static String body(String body) {
        String text = FreeText.checked("body", body == null ? "" : body);
        if (text.length() > BODY_MAX) {
            throw new ValidationError("body", "recommendations.error.tooLong");
        }
        return text;
    }
}
