package app.convene.timeline.internal;

import app.convene.timeline.MilestoneStatus;
import app.convene.timeline.ProgressEntry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline's SQL: dependencies between milestones, their progress history and overdue notices. */
@Component
public class MilestoneQueries {

    private final JdbcClient jdbc;

    MilestoneQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The milestone now depends on exactly {@code dependsOn}. */
    public void replaceDependencies(long milestoneId, Set<Long> dependsOn) {
        jdbc.sql("delete from milestone_dependency where milestone_id = ?").param(milestoneId).update();
        for (Long dependency : dependsOn) {
            jdbc.sql("insert into milestone_dependency (milestone_id, depends_on_id) values (?, ?)")
                    .params(milestoneId, dependency).update();
        }
    }

    /** Every dependency among the initiative's milestones: milestone id to the ids it depends on. */
    public Map<Long, List<Long>> dependencyEdges(long initiativeId) {
        Map<Long, List<Long>> edges = new HashMap<>();
        jdbc.sql("""
                select d.milestone_id, d.depends_on_id from milestone_dependency d join milestone m on m.id = d.milestone_id
                where m.initiative_id = ?""").param(initiativeId).query(rs -> {
            edges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return edges;
    }

    /** What each of {@code milestoneIds} depends on. */
    public Map<Long, Set<Long>> dependenciesOf(Collection<Long> milestoneIds) {
        Map<Long, Set<Long>> dependencies = new HashMap<>();
        if (!milestoneIds.isEmpty()) {
            jdbc.sql("select milestone_id, depends_on_id from milestone_dependency where milestone_id in (:ids)")
                    .param("ids", milestoneIds).query(rs -> {
                        dependencies.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    });
        }
        return dependencies;
    }

    /** The titles of the milestones that depend on this one, by due date. */
    public List<String> dependentTitles(long milestoneId) {
        return jdbc.sql("""
                select m.title from milestone_dependency d join milestone m on m.id = d.milestone_id
                where d.depends_on_id = ? order by m.due_date, m.id""").param(milestoneId).query(String.class).list();
    }

    public void addProgress(long milestoneId, Instant at, Long actorId, String actorName, MilestoneStatus status,
                            String note) {
        jdbc.sql("""
                insert into milestone_progress (milestone_id, occurred_at, actor_id, actor_name, status, note)
                values (?, ?, ?, ?, ?, ?)""")
                .params(milestoneId, Timestamp.from(at), actorId, actorName, status.name(), note).update();
    }

    /** Closing an account: the history no longer names the person who moved a milestone. */
    public int forgetActor(long personId, String label) {
        return jdbc.sql("update milestone_progress set actor_name = ? where actor_id = ?").params(label, personId)
                .update();
    }

    /** The milestone's status changes, newest first. */
    public List<ProgressEntry> history(long milestoneId) {
        return jdbc.sql("""
                select occurred_at, actor_name, status, note from milestone_progress where milestone_id = ?
                order by occurred_at desc, id desc""").param(milestoneId)
                .query((rs, i) -> new ProgressEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        MilestoneStatus.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    /** Records that the owners heard of the milestone being overdue on {@code due}; false if they already had. */
    public boolean markOverdueNotice(long milestoneId, LocalDate due) {
        return jdbc.sql("""
                insert into milestone_overdue_notice (milestone_id, due_date) values (?, ?)
                on conflict do nothing""").params(milestoneId, due).update() > 0;
    }
}
