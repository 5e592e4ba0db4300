package app.convene.demo;

import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.shared.ConveneClock;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.workgroups.WorkgroupService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Milestones from {@code demo/timeline/milestones.yaml}, each optionally depending on the one before it. */
@Lazy
@Component
class MilestoneLoader {

    private final InitiativeService initiatives;
    private final WorkgroupService workgroups;
    private final MilestoneService milestones;

    MilestoneLoader(InitiativeService initiatives, WorkgroupService workgroups, MilestoneService milestones) {
        this.initiatives = initiatives;
        this.workgroups = workgroups;
        this.milestones = milestones;
    }

    @SuppressWarnings("unchecked")
    void load() {
        Map<String, Object> root = DemoResources.yaml("demo/timeline/milestones.yaml");
        LocalDate today = LocalDate.now();
        Long previous = null;
        String previousInitiative = null;
        for (Map<String, Object> m : (List<Map<String, Object>>) root.get("milestones")) {
            String slug = String.valueOf(m.get("initiative"));
            InitiativeDetails initiative = initiatives.findPublicBySlug(slug).orElseThrow();
            Long phaseId = m.containsKey("phase") ? initiative.phases().get(((Number) m.get("phase")).intValue() - 1).id() : null;
            Long owner = null;
            if (m.containsKey("goal")) {
                long goalId = initiative.goals().stream().filter(g -> g.title().equals(m.get("goal"))).findFirst()
                        .orElseThrow().id();
                owner = workgroups.forGoal(initiative.id(), goalId).orElse(null);
            }
            LocalDate start = m.containsKey("start") ? LocalDate.parse(String.valueOf(m.get("start")))
                    : m.containsKey("startInDays") ? today.plusDays(((Number) m.get("startInDays")).longValue()) : null;
            LocalDate due = m.containsKey("due") ? LocalDate.parse(String.valueOf(m.get("due")))
                    : today.plusDays(((Number) m.get("dueInDays")).longValue());
            boolean chained = Boolean.TRUE.equals(m.get("dependsOnPrevious")) && slug.equals(previousInitiative) && previous != null;
            MilestoneStatus status = MilestoneStatus.valueOf(String.valueOf(m.get("status")));
            MilestoneDraft draft = new MilestoneDraft(String.valueOf(m.get("title")), null, phaseId, owner, null, start, due,
                    status, chained ? Set.of(previous) : Set.of(), Boolean.TRUE.equals(m.get("public")));
            // Recorded when it happened in the coalition's history: done on its due date, otherwise when it started.
            LocalDate recorded = status == MilestoneStatus.DONE || start == null ? due : start;
            Instant at = recorded.atTime(17, 0).toInstant(ZoneOffset.UTC);
            previous = at.isBefore(Instant.now())
                    ? ConveneClock.replaying(at, () -> milestones.save(initiative.id(), null, null, draft).id())
                    : milestones.save(initiative.id(), null, null, draft).id();
            previousInitiative = slug;
        }
    }
}
