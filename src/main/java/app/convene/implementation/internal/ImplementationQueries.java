package app.convene.implementation.internal;

import app.convene.implementation.ImplementationStanding;
import app.convene.implementation.ImplementationStatus;
import app.convene.implementation.PickerOption;
import app.convene.implementation.ProgressUpdate;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tracking tables (recommendation_implementation, implementation_update, implementation_milestone) and
 * what the tracking reads of its neighbours: the recommendation's initiative and publication, the initiative's
 * organizations (partners and the organizations of its approved stakeholders) and its milestones.
 */
@Repository
public class ImplementationQueries {

    private static final String ORGANIZATION_LABEL =
            "case when p.id is null then o.name else p.name || ' — ' || o.name end";
    /** An organization {@code o} of the initiative (two parameters: the initiative, twice). */
    private static final String OF_INITIATIVE = """
            (exists (select 1 from initiative_partner ip where ip.initiative_id = ? and ip.organization_id = o.id)
             or exists (select 1 from registration r where r.initiative_id = ? and r.status = 'APPROVED'
                        and r.organization_id = o.id))""";

    private final JdbcClient jdbc;

    ImplementationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A recommendation as tracking sees it: its initiative, whether it is on the public page, its title. */
    public record Target(long initiativeId, boolean published, String title) {
    }

    /** The saved tracking row of a recommendation. */
    public record Row(long id, long version, ImplementationStatus status, PickerOption owner, String reason,
                      Instant changedAt) {
    }

    public Optional<Target> target(long recommendationId) {
        return jdbc.sql("""
                select initiative_id, published_revision is not null and status <> 'WITHDRAWN', title
                from recommendation where id = ?""").param(recommendationId)
                .query((rs, n) -> new Target(rs.getLong(1), rs.getBoolean(2), rs.getString(3))).optional();
    }

    public Optional<Row> row(long recommendationId) {
        return jdbc.sql("select i.id, i.version, i.status, o.id, " + ORGANIZATION_LABEL + ", i.not_pursued_reason, "
                        + "i.changed_at from recommendation_implementation i "
                        + "left join organization o on o.id = i.owner_organization_id "
                        + "left join organization p on p.id = o.parent_id where i.recommendation_id = ?")
                .param(recommendationId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), ImplementationStatus.valueOf(rs.getString(3)),
                        rs.getObject(4) == null ? null : new PickerOption(rs.getLong(4), rs.getString(5)),
                        rs.getString(6), rs.getTimestamp(7).toInstant())).optional();
    }

    /** The tracking row's id, made (not started, version 0) if the recommendation has none yet. */
    public long ensure(long recommendationId, long initiativeId) {
        jdbc.sql("insert into recommendation_implementation (recommendation_id, initiative_id) values (?, ?) "
                + "on conflict (recommendation_id) do nothing").params(recommendationId, initiativeId).update();
        return jdbc.sql("select id from recommendation_implementation where recommendation_id = ?")
                .param(recommendationId).query(Long.class).single();
    }

    /** Saves the tracking if it is still at {@code expectedVersion}; 0 rows when someone saved in between. */
    public int save(long implementationId, long expectedVersion, ImplementationStatus status, Long ownerId,
                    String reason, Instant at) {
        return jdbc.sql("""
                update recommendation_implementation set status = ?, owner_organization_id = ?, not_pursued_reason = ?,
                    changed_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(status.name(), ownerId, reason, Timestamp.from(at), implementationId, expectedVersion).update();
    }

    public List<PickerOption> milestones(long recommendationId) {
        return jdbc.sql("""
                select m.id, m.title from implementation_milestone im
                join recommendation_implementation i on i.id = im.implementation_id
                join milestone m on m.id = im.milestone_id
                where i.recommendation_id = ? order by m.due_date, m.id""").param(recommendationId)
                .query((rs, n) -> new PickerOption(rs.getLong(1), rs.getString(2))).list();
    }

    public void linkMilestones(long implementationId, Collection<Long> milestoneIds) {
        jdbc.sql("delete from implementation_milestone where implementation_id = ?").param(implementationId).update();
        for (long milestone : milestoneIds) {
            jdbc.sql("insert into implementation_milestone (implementation_id, milestone_id) values (?, ?)")
                    .params(implementationId, milestone).update();
        }
    }

    public boolean organizationOf(long organizationId, long initiativeId) {
        return jdbc.sql("select count(*) from organization o where o.id = ? and " + OF_INITIATIVE)
                .params(organizationId, initiativeId, initiativeId).query(Long.class).single() > 0;
    }

    /** How many of the milestones belong to the initiative. */
    public long milestonesOf(Collection<Long> milestoneIds, long initiativeId) {
        if (milestoneIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from milestone where initiative_id = :initiative and id in (:ids)")
                .param("initiative", initiativeId).param("ids", milestoneIds).query(Long.class).single();
    }

    /** The initiative's organizations whose label contains the text, by label, a page at a time. */
    public List<PickerOption> organizations(long initiativeId, String text, int offset, int limit) {
        return jdbc.sql("select * from (select o.id, " + ORGANIZATION_LABEL + " as label from organization o "
                        + "left join organization p on p.id = o.parent_id where " + OF_INITIATIVE + ") t "
                        + "where t.label ilike ? escape '\\' order by lower(t.label), t.id offset ? limit ?")
                .params(initiativeId, initiativeId, like(text), offset, limit)
                .query((rs, n) -> new PickerOption(rs.getLong(1), rs.getString(2))).list();
    }

    /** The initiative's milestones whose title contains the text, by due date, a page at a time. */
    public List<PickerOption> milestoneOptions(long initiativeId, String text, int offset, int limit) {
        return jdbc.sql("select id, title from milestone where initiative_id = ? and title ilike ? escape '\\' "
                        + "order by due_date, id offset ? limit ?")
                .params(initiativeId, like(text), offset, limit)
                .query((rs, n) -> new PickerOption(rs.getLong(1), rs.getString(2))).list();
    }

    public long addUpdate(long implementationId, LocalDate on, String text, Long personId, String name, Instant at) {
        return jdbc.sql("""
                insert into implementation_update (implementation_id, occurred_on, body, author_person_id, author_name,
                    created_at) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(implementationId, on, text, personId, name, Timestamp.from(at)).query(Long.class).single();
    }

    /** Progress updates, newest first (by their date, then as written), {@code limit} from {@code offset}. */
    public List<ProgressUpdate> updates(long recommendationId, long offset, int limit) {
        return jdbc.sql("""
                select u.id, u.occurred_on, u.body, u.author_name, u.created_at from implementation_update u
                join recommendation_implementation i on i.id = u.implementation_id
                where i.recommendation_id = ? order by u.occurred_on desc, u.id desc offset ? limit ?""")
                .params(recommendationId, offset, limit)
                .query((rs, n) -> new ProgressUpdate(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }

    /** Where each tracked, published recommendation of the initiative stands (one query for the whole page). */
    public List<ImplementationStanding> standings(long initiativeId) {
        return jdbc.sql("select i.recommendation_id, i.status, i.not_pursued_reason, case when o.id is null then null else "
                        + ORGANIZATION_LABEL + " end, u.occurred_on, u.body from recommendation_implementation i "
                        + "join recommendation r on r.id = i.recommendation_id "
                        + "left join organization o on o.id = i.owner_organization_id "
                        + "left join organization p on p.id = o.parent_id "
                        + "left join lateral (select occurred_on, body from implementation_update x "
                        + "where x.implementation_id = i.id order by x.occurred_on desc, x.id desc limit 1) u on true "
                        + "where i.initiative_id = ? and r.published_revision is not null")
                .param(initiativeId)
                .query((rs, n) -> new ImplementationStanding(rs.getLong(1), ImplementationStatus.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), List.of())).list();
    }

    /** Closing an account: the updates it wrote no longer name the person. */
    public int forgetAuthor(long personId, String label) {
        return jdbc.sql("update implementation_update set author_name = ? where author_person_id = ?")
                .params(label, personId).update();
    }

    static String like(String text) {
        String t = text == null ? "" : text.strip();
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
