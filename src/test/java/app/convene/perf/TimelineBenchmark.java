package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneItem;
import app.convene.timeline.TimelineSvg;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Issue 6's target: the timeline of an initiative with 2,000 milestones renders in under 300 ms on the server. */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = "convene.demo.enabled=false")
class TimelineBenchmark {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    MilestoneService milestones;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void timelineOf2000Milestones() {
        Authorization.runAsSystem(() -> {
            long id = initiatives.create(new NewInitiative("bench-timeline", "Bench timeline", "Region", null, null, null,
                    List.of(), List.of(new NewInitiative.PhaseDraft("Phase 1", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30)),
                            new NewInitiative.PhaseDraft("Phase 2", null, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30)))));
            jdbc.update("""
                    insert into milestone (initiative_id, title, start_date, due_date, status, public_milestone)
                    select ?, 'Milestone ' || g, date '2025-01-01' + (g % 500), date '2025-01-01' + (g % 500) + 10 + (g % 40),
                        (array['PLANNED','IN_PROGRESS','AT_RISK','BLOCKED','DONE'])[1 + g % 5], g % 2 = 0
                    from generate_series(1, 2000) g""", id);
            jdbc.update("""
                    insert into milestone_dependency (milestone_id, depends_on_id)
                    select m.id, m.id - 1 from milestone m where m.initiative_id = ? and m.id % 7 = 0
                      and exists (select 1 from milestone p where p.id = m.id - 1 and p.initiative_id = ?)""", id, id);
            jdbc.execute("analyze");
            InitiativeDirectory.InitiativeRef ref = initiatives.findById(id).orElseThrow();
            TimelineSvg.Labels labels = new TimelineSvg.Labels("Bench", "Today", s -> s.name(), Locale.ENGLISH, "outside its phase");
            List<MilestoneItem> all = milestones.visible(id);
            assertThat(all).hasSize(2000);

            Perf.report("timeline_2000_load", Perf.medianMillis(3, 15, () -> milestones.visible(id)), "ms");
            Perf.report("timeline_2000_svg", Perf.medianMillis(5, 30, () -> TimelineSvg.render(ref.phases(), all,
                    LocalDate.of(2025, 6, 1), TimelineSvg.Zoom.MONTH, labels)), "ms");
            Perf.report("timeline_2000_total", Perf.medianMillis(3, 15, () -> TimelineSvg.render(ref.phases(),
                    milestones.visible(id), LocalDate.of(2025, 6, 1), TimelineSvg.Zoom.MONTH, labels)), "ms");
            Perf.report("timeline_2000_svg_size", TimelineSvg.render(ref.phases(), all, LocalDate.of(2025, 6, 1),
                    TimelineSvg.Zoom.MONTH, labels).length() / 1024.0, "KiB");
            return null;
        });
    }
}
