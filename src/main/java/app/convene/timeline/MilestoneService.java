package app.convene.timeline;

import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.NoticeService;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.timeline.internal.Milestone;
import app.convene.timeline.internal.MilestoneRepository;
import app.convene.workgroups.WorkgroupService;
import jakarta.validation.Valid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Milestones of an initiative. Coordinators add and edit them; coordinators and the leads of the
 * owning workgroup change their status with a progress note (kept as history). Visitors see public
 * milestones; anyone with a role in the initiative sees all.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final JdbcTemplate jdbc;
    private final Authorization authorization;
    private final AuditLog audit;
    private final InitiativeDirectory initiatives;
    private final WorkgroupService workgroups;
    private final PersonService persons;
    private final NoticeService notices;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    MilestoneService(MilestoneRepository milestones, JdbcTemplate jdbc, Authorization authorization, AuditLog audit,
                     InitiativeDirectory initiatives, WorkgroupService workgroups, PersonService persons,
                     NoticeService notices, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.milestones = milestones;
        this.jdbc = jdbc;
        this.authorization = authorization;
        this.audit = audit;
        this.initiatives = initiatives;
        this.workgroups = workgroups;
        this.persons = persons;
        this.notices = notices;
        this.clock = clock;
    }

    /** The id of the saved milestone, and warnings that did not stop the save (i18n keys). */
    public record SaveResult(long id, List<String> warnings) {
    }

    /**
     * Adds ({@code milestoneId == null}) or changes a milestone (coordinators).
     *
     * @throws MilestoneValidationException a dependency cycle, a dependency or owner from elsewhere
     * @throws OptimisticLockingFailureException the milestone changed since {@code expectedVersion}
     */
    @Transactional
    public SaveResult save(long initiativeId, Long milestoneId, Long expectedVersion, @Valid MilestoneDraft draft) {
        Actor actor = authorization.check(Action.MANAGE_TIMELINE, initiativeId);
        InitiativeDirectory.InitiativeRef initiative = initiatives.findById(initiativeId).orElseThrow();
        Milestone milestone = milestoneId == null ? new Milestone(initiativeId) : milestones.findById(milestoneId)
                .filter(m -> m.getInitiativeId() == initiativeId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        if (milestoneId != null && expectedVersion != null && milestone.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The milestone changed since it was opened");
        }
        Map<Long, Milestone> all = milestones.findByInitiative(initiativeId).stream()
                .collect(Collectors.toMap(Milestone::getId, Function.identity()));
        for (Long dependency : draft.dependsOn()) {
            if (!all.containsKey(dependency) || dependency.equals(milestoneId)) {
                throw new MilestoneValidationException("dependsOn", "dependency");
            }
        }
        if (milestoneId != null && createsCycle(milestoneId, draft.dependsOn(), initiativeId)) {
            throw new MilestoneValidationException("dependsOn", "cycle");
        }
        if (draft.ownerWorkgroupId() != null
                && workgroups.details(draft.ownerWorkgroupId()).initiativeId() != initiativeId) {
            throw new MilestoneValidationException("ownerWorkgroup", "owner");
        }
        PhaseRef phase = draft.phaseId() == null ? null : initiative.phases().stream()
                .filter(p -> p.id() == draft.phaseId()).findFirst()
                .orElseThrow(() -> new MilestoneValidationException("phase", "phase"));
        if (draft.status() == MilestoneStatus.CANCELLED && (milestoneId == null || milestone.getStatus() != MilestoneStatus.CANCELLED)) {
            throw new MilestoneValidationException("status", "cancelReason"); // cancelling takes a reason: cancel(...)
        }
        String before = milestoneId == null ? null : describe(milestone);
        milestone.write(draft.title().strip(), draft.description(), draft.phaseId(), draft.ownerWorkgroupId(),
                draft.ownerPersonId(), draft.start(), draft.due(), draft.publicMilestone());
        boolean statusChanged = milestoneId == null || milestone.getStatus() != draft.status();
        milestone.status(draft.status(), LocalDate.now(clock));
        milestone = milestones.saveAndFlush(milestone);
        long id = milestone.getId();
        jdbc.update("delete from milestone_dependency where milestone_id = ?", id);
        for (Long dependency : draft.dependsOn()) {
            jdbc.update("insert into milestone_dependency (milestone_id, depends_on_id) values (?, ?)", id, dependency);
        }
        if (statusChanged) {
            progress(id, actor, draft.status(), null);
        }
        audit.record(milestoneId == null ? "milestone.created" : "milestone.updated", "milestone", id, initiativeId,
                before, describe(milestone));
        List<String> warnings = new ArrayList<>();
        if (phase != null && MilestoneView.outside(draft.start(), draft.due(), phase)) {
            warnings.add("milestone.warning.outsidePhase");
        }
        return new SaveResult(id, warnings);
    }

    /** Whether depending on {@code dependsOn} would let the milestone depend on itself through others. */
    private boolean createsCycle(long milestoneId, Set<Long> dependsOn, long initiativeId) {
        Map<Long, List<Long>> edges = new HashMap<>();
        jdbc.query("""
                select d.milestone_id, d.depends_on_id from milestone_dependency d join milestone m on m.id = d.milestone_id
                where m.initiative_id = ?""", rs -> {
            edges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }, initiativeId);
        edges.put(milestoneId, new ArrayList<>(dependsOn));
        Deque<Long> todo = new ArrayDeque<>(dependsOn);
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == milestoneId) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, List.of()));
            }
        }
        return false;
    }

    /**
     * Changes the status with a progress note (coordinators; leads of the owning workgroup). Cancelling
     * needs the reason as its note; a cancelled milestone is reopened by giving it another status.
     *
     * @throws OptimisticLockingFailureException someone changed it since {@code expectedVersion}: reload, retry
     * @throws MilestoneValidationException a note over 1,000 characters, or a cancellation without a reason
     */
    @Transactional
    public void updateStatus(long milestoneId, long expectedVersion, MilestoneStatus status, String note) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        Actor actor = milestone.getOwnerWorkgroupId() != null
                && authorization.canInWorkgroup(Action.UPDATE_MILESTONE_STATUS, milestone.getOwnerWorkgroupId())
                ? authorization.currentActor().orElseThrow()
                : authorization.check(Action.UPDATE_MILESTONE_STATUS, milestone.getInitiativeId());
        if (milestone.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The milestone changed since it was opened");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            throw new MilestoneValidationException("note", "note");
        }
        if (status == MilestoneStatus.CANCELLED && text == null) {
            throw new MilestoneValidationException("note", "cancelReason");
        }
        MilestoneStatus before = milestone.getStatus();
        String described = describe(milestone);
        milestone.status(status, LocalDate.now(clock));
        milestones.saveAndFlush(milestone);
        progress(milestoneId, actor, status, text);
        String action = status == MilestoneStatus.CANCELLED && before != status ? "milestone.cancelled"
                : before == MilestoneStatus.CANCELLED && status != before ? "milestone.reopened" : "milestone.status";
        audit.record(action, "milestone", milestoneId, milestone.getInitiativeId(),
                action.equals("milestone.status") ? before.name() : described,
                action.equals("milestone.status") ? status.name() + (text == null ? "" : ", note=" + text)
                        : describe(milestone) + ", note=" + text);
    }

    /**
     * Cancels a milestone with a reason (kept in its history); it can be reopened with {@link #updateStatus}.
     * Coordinators; leads of the owning workgroup.
     */
    @Transactional
    public void cancel(long milestoneId, long expectedVersion, String reason) {
        updateStatus(milestoneId, expectedVersion, MilestoneStatus.CANCELLED, reason);
    }

    /** The titles of the milestones that depend on this one (coordinators, before deleting it). */
    public List<String> dependents(long milestoneId) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        authorization.check(Action.MANAGE_TIMELINE, milestone.getInitiativeId());
        return jdbc.queryForList("""
                select m.title from milestone_dependency d join milestone m on m.id = d.milestone_id
                where d.depends_on_id = ? order by m.due_date, m.id""", String.class, milestoneId);
    }

    /**
     * Deletes a milestone with its history (coordinators; the audit log keeps what it was). Refused while
     * other milestones depend on it, unless {@code removeDependencies} says to take it out of their
     * dependencies too (the page asks first, naming them).
     *
     * @throws MilestoneInUseException others depend on it and {@code removeDependencies} is false
     * @throws OptimisticLockingFailureException someone changed it since {@code expectedVersion}
     */
    @Transactional
    public void delete(long milestoneId, long expectedVersion, boolean removeDependencies) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        authorization.check(Action.MANAGE_TIMELINE, milestone.getInitiativeId());
        if (milestone.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The milestone changed since it was opened");
        }
        List<String> dependents = dependents(milestoneId);
        if (!dependents.isEmpty() && !removeDependencies) {
            throw new MilestoneInUseException(dependents);
        }
        String before = describe(milestone) + (dependents.isEmpty() ? "" : ", dependents=" + dependents);
        milestones.delete(milestone);
        milestones.flush(); // dependencies, history and notices go with it (on delete cascade)
        audit.record("milestone.deleted", "milestone", milestoneId, milestone.getInitiativeId(), before, null);
    }

    private void progress(long milestoneId, Actor actor, MilestoneStatus status, String note) {
        jdbc.update("insert into milestone_progress (milestone_id, occurred_at, actor_name, status, note) values (?, ?, ?, ?, ?)",
                milestoneId, Timestamp.from(clock.instant()), actor.name(), status.name(), note);
    }

    public List<ProgressEntry> history(long milestoneId) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        if (!milestone.isPublicMilestone()) {
            authorization.check(Action.VIEW_INTERNAL_MILESTONES, milestone.getInitiativeId());
        }
        return jdbc.query("""
                select occurred_at, actor_name, status, note from milestone_progress where milestone_id = ?
                order by occurred_at desc, id desc""",
                (rs, i) -> new ProgressEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        MilestoneStatus.valueOf(rs.getString(3)), rs.getString(4)), milestoneId);
    }

    /** The initiative's milestones the viewer may see (public ones for visitors), by due date. */
    public List<MilestoneView> visible(long initiativeId) {
        boolean internal = authorization.can(Action.VIEW_INTERNAL_MILESTONES, initiativeId);
        List<Milestone> list = internal ? milestones.findByInitiative(initiativeId) : milestones.findPublic(initiativeId);
        return views(list);
    }

    public MilestoneView get(long milestoneId) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        if (!milestone.isPublicMilestone()) {
            authorization.check(Action.VIEW_INTERNAL_MILESTONES, milestone.getInitiativeId());
        }
        return views(List.of(milestone)).getFirst();
    }

    /** Late, at risk or blocked, due soon, and percent done per phase and workgroup (coordinators). */
    public Dashboard dashboard(long initiativeId) {
        authorization.check(Action.MANAGE_TIMELINE, initiativeId);
        LocalDate today = LocalDate.now(clock);
        List<MilestoneView> all = views(milestones.findByInitiative(initiativeId));
        Map<Long, String> phaseNames = initiatives.findById(initiativeId).orElseThrow().phases().stream()
                .collect(Collectors.toMap(PhaseRef::id, PhaseRef::name));
        return new Dashboard(
                all.stream().filter(m -> m.overdueOn(today)).toList(),
                all.stream().filter(m -> m.status() == MilestoneStatus.AT_RISK || m.status() == MilestoneStatus.BLOCKED).toList(),
                all.stream().filter(m -> m.status().open() && !m.due().isBefore(today)
                        && !m.due().isAfter(today.plusDays(14))).toList(),
                percentDone(all, m -> m.phaseId() == null ? null : phaseNames.get(m.phaseId())),
                percentDone(all, MilestoneView::ownerWorkgroup));
    }

    /**
     * Per phase, the public page's progress of its public milestones: {@code [done, counted, open]}, where
     * cancelled ones are not counted and open ones are neither done nor cancelled.
     */
    public Map<Long, int[]> publicProgress(long initiativeId) {
        Map<Long, int[]> progress = new LinkedHashMap<>();
        for (Milestone m : milestones.findPublic(initiativeId)) {
            if (m.getPhaseId() != null) {
                int[] counts = progress.computeIfAbsent(m.getPhaseId(), k -> new int[3]);
                if (m.getStatus() != MilestoneStatus.CANCELLED) {
                    counts[1]++;
                }
                if (m.getStatus() == MilestoneStatus.DONE) {
                    counts[0]++;
                } else if (m.getStatus().open()) {
                    counts[2]++;
                }
            }
        }
        return progress;
    }

    static Map<String, Integer> percentDone(List<MilestoneView> all, Function<MilestoneView, String> group) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (MilestoneView m : all) {
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

    /**
     * Tells the owners of every overdue milestone, once per milestone and due date (run daily; a second
     * run the same day, or after a restart, sends nothing again). Returns how many milestones were new.
     */
    @Transactional
    public int notifyOverdue() {
        LocalDate today = LocalDate.now(clock);
        int notified = 0;
        for (Milestone m : milestones.findOverdue(today)) {
            int inserted = jdbc.update("""
                    insert into milestone_overdue_notice (milestone_id, due_date) values (?, ?)
                    on conflict do nothing""", m.getId(), m.getDueDate());
            if (inserted == 0) {
                continue;
            }
            notified++;
            Set<Long> owners = new HashSet<>();
            if (m.getOwnerPersonId() != null) {
                owners.add(m.getOwnerPersonId());
            }
            if (m.getOwnerWorkgroupId() != null) {
                owners.addAll(Authorization.runAsSystem(() -> workgroups.leadIds(m.getOwnerWorkgroupId())));
            }
            for (Long owner : owners) {
                notices.notify(owner, "notice.milestoneOverdue", null, m.getTitle(), m.getDueDate().toString());
                events.publishEvent(new MilestoneOverdue(owner, m.getTitle(), m.getDueDate()));
            }
        }
        return notified;
    }

    /** Published for each owner of a newly overdue milestone; mailed after commit. */
    public record MilestoneOverdue(long personId, String title, LocalDate due) {
    }

    /** A person's own milestones: those they own and those of their workgroups (for their calendar feed). */
    public List<MilestoneView> ownedBy(long personId) {
        java.util.Set<Long> groups = new HashSet<>(workgroups.workgroupIdsOf(personId));
        return views(milestones.findAll(org.springframework.data.domain.Sort.by("dueDate", "id")).stream()
                .filter(m -> Long.valueOf(personId).equals(m.getOwnerPersonId())
                        || (m.getOwnerWorkgroupId() != null && groups.contains(m.getOwnerWorkgroupId())))
                .toList());
    }

    /** Public milestones of a phase, for the public page. */
    public List<MilestoneView> publicOfPhase(long initiativeId, long phaseId) {
        return views(milestones.findPublic(initiativeId).stream().filter(m -> Long.valueOf(phaseId).equals(m.getPhaseId()))
                .toList());
    }

    private List<MilestoneView> views(List<Milestone> list) {
        Map<Long, Set<Long>> dependencies = new HashMap<>();
        if (!list.isEmpty()) {
            jdbc.query("select milestone_id, depends_on_id from milestone_dependency where milestone_id in ("
                    + list.stream().map(m -> String.valueOf(m.getId())).collect(Collectors.joining(",")) + ")",
                    rs -> {
                        dependencies.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    });
        }
        Map<Long, String> workgroupNames = new HashMap<>();
        Map<Long, String> personNames = new HashMap<>();
        return list.stream().map(m -> new MilestoneView(m.getId(), m.getVersion(), m.getInitiativeId(), m.getPhaseId(),
                m.getTitle(), m.getDescription(), m.getOwnerWorkgroupId(),
                m.getOwnerWorkgroupId() == null ? null : workgroupNames.computeIfAbsent(m.getOwnerWorkgroupId(),
                        id -> workgroups.details(id).name()),
                m.getOwnerPersonId(), m.getOwnerPersonId() == null ? null : personNames.computeIfAbsent(m.getOwnerPersonId(),
                        id -> persons.find(id).map(PersonSummary::name).orElse("")),
                m.getStartDate(), m.getDueDate(), m.getStatus(), m.getCompletedOn(), m.isPublicMilestone(),
                dependencies.getOrDefault(m.getId(), Set.of()))).toList();
    }

    private static String describe(Milestone m) {
        return "title=" + m.getTitle() + ", due=" + m.getDueDate() + ", status=" + m.getStatus() + ", public="
                + m.isPublicMilestone();
    }
}
