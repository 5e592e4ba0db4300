package app.convene.timeline;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativePeople;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.timeline.internal.Milestone;
import app.convene.timeline.internal.MilestoneQueries;
import app.convene.timeline.internal.MilestoneRepository;
import app.convene.workgroups.WorkgroupService;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final MilestoneQueries queries;
    private final MilestoneItems items;
    private final Authorization authorization;
    private final AuditLog audit;
    private final InitiativeDirectory initiatives;
    private final WorkgroupService workgroups;
    private final InitiativePeople people;
    private final MilestoneNotices notices;
    private final Clock clock;

    MilestoneService(MilestoneRepository milestones, MilestoneQueries queries, MilestoneItems items,
                     Authorization authorization, AuditLog audit, InitiativeDirectory initiatives,
                     WorkgroupService workgroups, InitiativePeople people, MilestoneNotices notices, Clock clock) {
        this.people = people;
        this.notices = notices;
        this.milestones = milestones;
        this.queries = queries;
        this.items = items;
        this.authorization = authorization;
        this.audit = audit;
        this.initiatives = initiatives;
        this.workgroups = workgroups;
        this.clock = clock;
    }

    /** The id of the saved milestone, and warnings that did not stop the save (i18n keys). */
    public record SaveResult(long id, List<String> warnings) {
    }

    /**
     * Adds ({@code milestoneId == null}) or changes a milestone (coordinators).
     *
     * @throws ValidationError a dependency cycle, a dependency or owner from elsewhere, an owner person not
     *         related to the initiative (see InitiativePeople), a NUL character
     * @throws OptimisticLockingFailureException the milestone changed since {@code expectedVersion}
     */
    @Transactional
    public SaveResult save(long initiativeId, Long milestoneId, Long expectedVersion, @Valid MilestoneDraft draft) {
        Actor actor = authorization.check(Action.MANAGE_TIMELINE, initiativeId);
        FreeText.checked(draft);
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
                throw new ValidationError("dependsOn", "milestone.error.dependency");
            }
        }
        if (milestoneId != null && createsCycle(milestoneId, draft.dependsOn(), initiativeId)) {
            throw new ValidationError("dependsOn", "milestone.error.cycle");
        }
        if (draft.ownerWorkgroupId() != null
                && workgroups.details(draft.ownerWorkgroupId()).initiativeId() != initiativeId) {
            throw new ValidationError("ownerWorkgroup", "milestone.error.owner");
        }
        if (draft.ownerPersonId() != null && !draft.ownerPersonId().equals(milestone.getOwnerPersonId())) {
            people.requireRelated(actor, initiativeId, draft.ownerPersonId(), "ownerPerson");
        }
        PhaseRef phase = draft.phaseId() == null ? null : initiative.phases().stream()
                .filter(p -> p.id() == draft.phaseId()).findFirst()
                .orElseThrow(() -> new ValidationError("phase", "milestone.error.phase"));
        if (draft.status() == MilestoneStatus.CANCELLED && (milestoneId == null || milestone.getStatus() != MilestoneStatus.CANCELLED)) {
            throw new ValidationError("status", "milestone.error.cancelReason"); // cancelling takes a reason: cancel(...)
        }
        String before = milestoneId == null ? null : describe(milestone);
        milestone.write(draft.title().strip(), draft.description(), draft.phaseId(), draft.ownerWorkgroupId(),
                draft.ownerPersonId(), draft.start(), draft.due(), draft.publicMilestone());
        boolean statusChanged = milestoneId == null || milestone.getStatus() != draft.status();
        milestone.status(draft.status(), LocalDate.now(clock));
        milestone = milestones.saveAndFlush(milestone);
        long id = milestone.getId();
        queries.replaceDependencies(id, draft.dependsOn());
        if (statusChanged) {
            progress(id, actor, draft.status(), null);
            notices.statusChanged(milestone, draft.status(), actor);
        }
        audit.record(milestoneId == null ? "milestone.created" : "milestone.updated", "milestone", id, initiativeId,
                before, describe(milestone));
        List<String> warnings = new ArrayList<>();
        if (phase != null && MilestoneItem.outside(draft.start(), draft.due(), phase)) {
            warnings.add("milestone.warning.outsidePhase");
        }
        return new SaveResult(id, warnings);
    }

    /** Whether depending on {@code dependsOn} would let the milestone depend on itself through others. */
    private boolean createsCycle(long milestoneId, Set<Long> dependsOn, long initiativeId) {
        Map<Long, List<Long>> edges = queries.dependencyEdges(initiativeId);
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
     * @throws ValidationError a note over 1,000 characters, or a cancellation without a reason
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
        String text = FreeText.checked("note", note == null || note.isBlank() ? null : note.strip());
        if (text != null && text.length() > 1000) {
            throw new ValidationError("note", "milestone.error.note");
        }
        if (status == MilestoneStatus.CANCELLED && text == null) {
            throw new ValidationError("note", "milestone.error.cancelReason");
        }
        MilestoneStatus before = milestone.getStatus();
        String described = describe(milestone);
        milestone.status(status, LocalDate.now(clock));
        milestones.saveAndFlush(milestone);
        progress(milestoneId, actor, status, text);
        if (before != status) {
            notices.statusChanged(milestone, status, actor);
        }
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
        return queries.dependentTitles(milestoneId);
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
        queries.addProgress(milestoneId, clock.instant(), actor.personId(), actor.name(), status, note);
    }

    public List<ProgressEntry> history(long milestoneId) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        if (!milestone.isPublicMilestone()) {
            authorization.check(Action.VIEW_INTERNAL_MILESTONES, milestone.getInitiativeId());
        }
        return queries.history(milestoneId);
    }

    /** The initiative's milestones the viewer may see (public ones for visitors), by due date. */
    public List<MilestoneItem> visible(long initiativeId) {
        return authorization.can(Action.VIEW_INTERNAL_MILESTONES, initiativeId) ? items.allOf(initiativeId)
                : items.publicOf(initiativeId);
    }

    public MilestoneItem get(long milestoneId) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow(() -> new NoSuchElementException("No milestone"));
        if (!milestone.isPublicMilestone()) {
            authorization.check(Action.VIEW_INTERNAL_MILESTONES, milestone.getInitiativeId());
        }
        return items.of(List.of(milestone)).getFirst();
    }

    /** The public milestones of each phase (by phase id), for the public page: one read for all phases. */
    public Map<Long, List<MilestoneItem>> publicByPhase(long initiativeId) {
        return items.publicOf(initiativeId).stream().filter(m -> m.phaseId() != null).collect(Collectors.groupingBy(MilestoneItem::phaseId, LinkedHashMap::new, Collectors.toList()));
    }

    private static String describe(Milestone m) {
        return "title=" + m.getTitle() + ", due=" + m.getDueDate() + ", status=" + m.getStatus() + ", public="
                + m.isPublicMilestone();
    }
}
