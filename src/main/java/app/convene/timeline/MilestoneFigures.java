package app.convene.timeline;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.timeline.internal.MilestoneRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures about an initiative's milestones: the coordinators' dashboard and the public page's progress. */
@Service
@Transactional(readOnly = true)
public class MilestoneFigures {

    private final MilestoneRepository milestones;
    private final MilestoneItems items;
    private final Authorization authorization;
    private final InitiativeDirectory initiatives;
    private final Clock clock;

    MilestoneFigures(MilestoneRepository milestones, MilestoneItems items, Authorization authorization,
                     InitiativeDirectory initiatives, Clock clock) {
        this.milestones = milestones;
        this.items = items;
        this.authorization = authorization;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    /** Late, at risk or blocked, due soon, and percent done per phase and workgroup (coordinators). */
    public Dashboard dashboard(long initiativeId) {
        authorization.check(Action.MANAGE_TIMELINE, initiativeId);
        LocalDate today = LocalDate.now(clock);
        List<MilestoneItem> all = items.of(milestones.findByInitiative(initiativeId));
        Map<Long, String> phaseNames = initiatives.findById(initiativeId).orElseThrow().phases().stream()
                .collect(Collectors.toMap(PhaseRef::id, PhaseRef::name));
        return new Dashboard(
                all.stream().filter(m -> m.overdueOn(today)).toList(),
                all.stream().filter(m -> m.status() == MilestoneStatus.AT_RISK || m.status() == MilestoneStatus.BLOCKED).toList(),
                all.stream().filter(m -> m.status().open() && !m.due().isBefore(today)
                        && !m.due().isAfter(today.plusDays(14))).toList(),
                percentDone(all, m -> m.phaseId() == null ? null : phaseNames.get(m.phaseId())),
                percentDone(all, MilestoneItem::ownerWorkgroup));
    }

    /**
     * Per phase, the public page's progress of its public milestones: {@code [done, counted, open]}, where
     * cancelled ones are not counted and open ones are neither done nor cancelled.
     */
    public Map<Long, int[]> publicProgress(long initiativeId) {
        Map<Long, int[]> progress = new LinkedHashMap<>();
        for (MilestoneItem m : items.publicOf(initiativeId)) {
            if (m.phaseId() != null) {
                int[] counts = progress.computeIfAbsent(m.phaseId(), k -> new int[3]);
                if (m.status() != MilestoneStatus.CANCELLED) {
                    counts[1]++;
                }
                if (m.status() == MilestoneStatus.DONE) {
                    counts[0]++;
                } else if (m.status().open()) {
                    counts[2]++;
                }
            }
        }
        return progress;
    }

    static Map<String, Integer> percentDone(List<MilestoneItem> all, Function<MilestoneItem, String> group) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (MilestoneItem m : all) {
            String key = group.apply(m);
            if (key != null && m.status() != MilestoneStatus.CANCELLED) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[1]++;
                if (m.status() == MilestoneStatus.DONE) {
                    c[0]++;
                }
            }
        }
        Map<String, Integer> percent = new LinkedHashMap<>();
        counts.forEach((key, c) -> percent.put(key, Math.round(100f * c[0] / c[1])));
        return percent;
    }
}
