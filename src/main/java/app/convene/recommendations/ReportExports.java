package app.convene.recommendations;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.recommendations.internal.DecisionResponseRepository;
import app.convene.recommendations.internal.ExportQueries;
import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.recommendations.internal.RecommendationRevision;
import app.convene.recommendations.internal.RecommendationRevisionRepository;
import app.convene.recommendations.internal.Report;
import app.convene.recommendations.internal.ReportRepository;
import app.convene.recommendations.internal.ReportSection;
import app.convene.recommendations.internal.ReportSectionRepository;
import app.convene.security.Action;
import app.convene.security.Authorization;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report as a document: a title page, contributors, each section with its recommendations (the
 * approved revision, or the latest when exporting all) and the decision record; {@link ReportPdf}
 * and {@link ReportDocx} write it as a file.
 */
@Service
@Transactional(readOnly = true)
public class ReportExports {

    /** Translates a message key with arguments (a view's {@code getTranslation}). */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private static final Set<RecommendationStatus> APPROVED = EnumSet.of(RecommendationStatus.APPROVED,
            RecommendationStatus.PUBLISHED);

    private final ReportRepository reports;
    private final ReportSectionRepository sections;
    private final RecommendationRepository recommendations;
    private final RecommendationRevisionRepository revisions;
    private final DecisionResponseRepository responses;
    private final ExportQueries queries;
    private final RecommendationSourcesService sources;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;
    private final Clock clock;

    ReportExports(ReportRepository reports, ReportSectionRepository sections, RecommendationRepository recommendations,
                  RecommendationRevisionRepository revisions, DecisionResponseRepository responses,
                  ExportQueries queries, RecommendationSourcesService sources, InitiativeDirectory initiatives,
                  Authorization authorization, Clock clock) {
        this.reports = reports;
        this.sections = sections;
        this.recommendations = recommendations;
        this.revisions = revisions;
        this.responses = responses;
        this.queries = queries;
        this.sources = sources;
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.clock = clock;
    }

    public ReportDocument document(long reportId, boolean approvedOnly) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("report " + reportId));
        authorization.check(Action.VIEW_RECOMMENDATIONS, report.getInitiativeId());
        String initiative = initiatives.findById(report.getInitiativeId()).map(InitiativeDirectory.InitiativeRef::name)
                .orElse("");
        Set<String> contributors = new LinkedHashSet<>();
        List<ReportDocument.Section> out = new ArrayList<>();
        for (ReportSection section : sections.findByReportIdOrderByPosition(reportId)) {
            List<ReportDocument.Item> items = new ArrayList<>();
            for (Recommendation r : recommendations.findBySectionIdInOrderByPosition(List.of(section.getId()))) {
                if (r.getStatus() == RecommendationStatus.WITHDRAWN || approvedOnly && !APPROVED.contains(r.getStatus())) {
                    continue;
                }
                ReportDocument.Decision decision = lastDecision(r.getId(), approvedOnly);
                int number = approvedOnly && decision != null ? decision.revisionNumber() : r.getRevisionCount();
                RecommendationRevision text = revisions.findByRecommendationIdAndNumber(r.getId(), number).orElseThrow();
                List<String> authors = queries.authors(r.getId(), number);
                contributors.addAll(authors);
                items.add(new ReportDocument.Item(text.getTitle(), r.getStatus(), number, text.getBody(), authors,
                        sourceNames(r.getId()), decision));
            }
            out.add(new ReportDocument.Section(section.getTitle(), items));
        }
        return new ReportDocument(initiative, report.getTitle(), approvedOnly, clock.instant(),
                List.copyOf(contributors), out, clock.getZone());
    }

    private List<String> sourceNames(long recommendationId) {
        Sources from = sources.sources(recommendationId);
        List<String> names = new ArrayList<>();
        from.goals().forEach(g -> names.add(g.name()));
        from.workgroups().forEach(w -> names.add(w.name()));
        return names;
    }

    private ReportDocument.Decision lastDecision(long recommendationId, boolean approvedOnly) {
        return queries.lastClosedRound(recommendationId, approvedOnly)
                .map(round -> new ReportDocument.Decision(round.revisionNumber(),
                        RecommendationStatus.valueOf(round.result()), round.closedAt(),
                        DecisionRule.quorum(round.eligible(), round.quorumNumerator(), round.quorumDenominator()),
                        round.eligible(), responses.of(round.id())))
                .orElse(null);
    }
}
