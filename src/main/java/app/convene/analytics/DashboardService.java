package app.convene.analytics;

import app.convene.analytics.internal.ProgressQueries;
import app.convene.analytics.internal.ProgressQueries.StatusCount;
import app.convene.analytics.internal.FunnelQueries;
import app.convene.analytics.internal.FunnelQueries.Group;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.csv.Csv;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation and equity dashboard: for an initiative's coordinators and committee members, and for
 * administrators across every initiative. Read only; a handful of grouped queries whatever the number of people.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final List<String> MILESTONE_STATUSES = List.of("PLANNED", "IN_PROGRESS", "AT_RISK", "BLOCKED", "DONE",
            "CANCELLED");
    static final List<String> RECOMMENDATION_STATUSES = List.of("DRAFT", "IN_REVIEW", "APPROVED", "NOT_APPROVED",
            "PUBLISHED", "WITHDRAWN");

    private final FunnelQueries funnel;
    private final ProgressQueries activity;
    private final TargetService targets;
    private final Authorization authorization;
    private final Clock clock;

    DashboardService(FunnelQueries funnel, ProgressQueries activity, TargetService targets, Authorization authorization,
                     Clock clock) {
        this.funnel = funnel;
        this.activity = activity;
        this.targets = targets;
        this.authorization = authorization;
        this.clock = clock;
    }

    /** The initiative's dashboard (coordinators, committee members, administrators). */
    public ParticipationDashboard dashboard(long initiativeId) {
        authorization.check(Action.VIEW_PARTICIPATION_DASHBOARD, initiativeId);
        return build(initiativeId, targets.statuses(initiativeId));
    }

    /** The same across every initiative (administrators); it has no targets. */
    public ParticipationDashboard dashboardOfAll() {
        authorization.check(Action.VIEW_PARTICIPATION_DASHBOARD, null);
        return build(null, List.of());
    }

    /**
     * Writes one table of the dashboard as CSV, labels in the reader's words ({@code words}: i18n key → text); a
     * suppressed count is written as "<5". The targets are the table {@code targets}.
     */
    public void csv(Long initiativeId, String tableId, Function<String, String> words, OutputStream out) {
        ParticipationDashboard dashboard = initiativeId == null ? dashboardOfAll() : dashboard(initiativeId);
        DataTable table = "targets".equals(tableId) ? TargetService.table(dashboard.targets())
                : dashboard.table(tableId).orElseThrow(() -> new IllegalArgumentException("No table " + tableId));
        Csv.CsvWriter csv = Csv.writer(out);
        List<String> header = new ArrayList<>(List.of(words.apply(table.titleKey())));
        table.columnKeys().forEach(k -> header.add(words.apply(k)));
        csv.row(header);
        for (DataTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.labelKey() == null ? row.label() : words.apply(row.labelKey())));
            row.values().forEach(v -> cells.add(v == null ? (table.protectedCounts() ? "<5" : "") : v.toString()));
            csv.row(cells);
        }
        csv.close();
    }

    private ParticipationDashboard build(Long initiativeId, List<TargetStatus> statuses) {
        FunnelQueries.Funnel counted = funnel.funnel(initiativeId);
        List<Group> groups = counted.groups();
        List<DataTable> byDimension = Arrays.stream(Dimension.values())
                .map(d -> FunnelTables.byDimension(groups, d)).toList();
        return new ParticipationDashboard(initiativeId, FunnelTables.funnel(groups),
                FunnelTables.quarters(counted.quarters()), byDimension, statuses,
                pivot("milestones-by-phase", initiativeId == null ? "analytics.milestonesByInitiative"
                        : "analytics.milestonesByPhase", activity.milestones(initiativeId, false), "analytics.noPhase"),
                pivot("milestones-by-workgroup", "analytics.milestonesByWorkgroup", activity.milestones(initiativeId, true),
                        "analytics.noWorkgroup"),
                recommendations(initiativeId), convenings(initiativeId), accommodations(initiativeId));
    }

    /** Rows by label, a column per milestone status. */
    private static DataTable pivot(String id, String titleKey, List<StatusCount> counts, String noneKey) {
        Map<String, Number[]> rows = new LinkedHashMap<>();
        for (StatusCount c : counts) {
            Number[] values = rows.computeIfAbsent(c.label(), k -> zeros(MILESTONE_STATUSES.size()));
            values[MILESTONE_STATUSES.indexOf(c.status())] = c.count();
        }
        List<DataTable.Row> list = new ArrayList<>();
        rows.forEach((label, values) -> list.add(new DataTable.Row(label, label.isEmpty() ? noneKey : null,
                Arrays.asList(values))));
        return new DataTable(id, titleKey, MILESTONE_STATUSES.stream().map(s -> "milestone.status." + s).toList(), list,
                false);
    }

    private DataTable recommendations(Long initiativeId) {
        Map<String, ProgressQueries.Pipeline> byStatus = new LinkedHashMap<>();
        activity.recommendations(initiativeId, clock.instant()).forEach(p -> byStatus.put(p.status(), p));
        List<DataTable.Row> rows = new ArrayList<>();
        for (String status : RECOMMENDATION_STATUSES) {
            ProgressQueries.Pipeline p = byStatus.get(status);
            rows.add(new DataTable.Row(status, "recommendation.status." + status, p == null
                    ? Arrays.asList(0L, null, null, null)
                    : Arrays.asList(p.count(), days(p.draftDays()), days(p.reviewDays()), days(p.awaitingDays()))));
        }
        return new DataTable("recommendations", "analytics.recommendations", List.of("analytics.count",
                "analytics.draftDays", "analytics.reviewDays", "analytics.awaitingDays"), rows, false);
    }

    private DataTable convenings(Long initiativeId) {
        List<DataTable.Row> rows = activity.convenings(initiativeId).stream().map(q -> new DataTable.Row(
                FunnelTables.quarter(q.start()), null, List.<Number>of(q.convenings(), q.rsvps(), q.attended(),
                q.accommodations()))).toList();
        return new DataTable("convenings", "analytics.convenings", List.of("analytics.conveningCount",
                "analytics.rsvps", "analytics.attended", "analytics.accommodationRequests"), rows, false);
    }

    private DataTable accommodations(Long initiativeId) {
        List<DataTable.Row> rows = activity.accommodations(initiativeId).stream().map(c -> new DataTable.Row(c.status(),
                "accommodation." + c.status(), List.<Number>of(c.count()))).toList();
        return new DataTable("accommodations", "analytics.accommodations", List.of("analytics.requests"), rows, false);
    }

    /** Average days, rounded half up to whole days; null when none went through the step. */
    static Long days(Double days) {
        return days == null ? null : Math.round(days);
    }

    private static Number[] zeros(int n) {
        Number[] values = new Number[n];
        Arrays.fill(values, 0L);
        return values;
    }
}
