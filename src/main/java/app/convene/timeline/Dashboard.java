package app.convene.timeline;

import java.util.List;
import java.util.Map;

/**
 * What coordinators must see at a glance: late, at risk or blocked, due in the next 14 days, and
 * how much is done per phase and per workgroup (percent of milestones done).
 */
public record Dashboard(List<MilestoneItem> overdue, List<MilestoneItem> atRiskOrBlocked, List<MilestoneItem> dueSoon,
                        Map<String, Integer> percentDoneByPhase, Map<String, Integer> percentDoneByWorkgroup) {
}
