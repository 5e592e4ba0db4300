package app.convene.workgroups;

import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.NoticeService;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.security.RoleService;
import app.convene.security.WorkgroupRoles;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.stakeholders.DirectoryService;
import app.convene.workgroups.internal.ActivityLog;
import app.convene.workgroups.internal.JoinRequest;
import app.convene.workgroups.internal.JoinRequestRepository;
import app.convene.workgroups.internal.Member;
import app.convene.workgroups.internal.MemberRepository;
import app.convene.workgroups.internal.Note;
import app.convene.workgroups.internal.NoteRepository;
import app.convene.workgroups.internal.Workgroup;
import app.convene.workgroups.internal.WorkgroupRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Workgroups of an initiative: coordinators create and configure them and name leads; people
 * with a role in the initiative ask to join; leads (and coordinators) decide, manage members and
 * keep notes; members read. Every change is audited and shows in the workgroup's feed.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class WorkgroupService {

    private final WorkgroupRepository workgroups;
    private final MemberRepository members;
    private final JoinRequestRepository requests;
    private final NoteRepository notes;
    private final ActivityLog activity;
    private final Authorization authorization;
    private final AuditLog audit;
    private final PersonService persons;
    private final RoleService roles;
    private final NoticeService notices;
    private final DirectoryService directory;
    private final InitiativeDirectory initiatives;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkgroupService(WorkgroupRepository workgroups, MemberRepository members, JoinRequestRepository requests,
                     NoteRepository notes, ActivityLog activity, Authorization authorization, AuditLog audit,
                     PersonService persons, RoleService roles, NoticeService notices, DirectoryService directory,
                     InitiativeDirectory initiatives, ApplicationEventPublisher events, Clock clock) {
        this.workgroups = workgroups;
        this.members = members;
        this.requests = requests;
        this.notes = notes;
        this.activity = activity;
        this.authorization = authorization;
        this.audit = audit;
        this.persons = persons;
        this.roles = roles;
        this.notices = notices;
        this.directory = directory;
        this.initiatives = initiatives;
        this.events = events;
        this.clock = clock;
    }

    // ---- Workgroups ------------------------------------------------------------------------------

    /** Creates a workgroup (for a strategic goal, or none) (coordinators). */
    @Transactional
    public long create(long initiativeId, Long goalId, String name, String charter, Integer capacity, boolean closed) {
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, initiativeId);
        requireName(name);
        Workgroup workgroup = new Workgroup(initiativeId, goalId, name.strip());
        workgroup.configure(name.strip(), charter, capacity, closed);
        long id = workgroups.save(workgroup).getId();
        audit.record("workgroup.created", "workgroup", id, initiativeId, null, "name=" + name + ", capacity=" + capacity
                + ", closed=" + closed);
        activity.add(id, actor.name(), "created", name);
        return id;
    }

    /**
     * Changes name, charter, capacity, closed (coordinators).
     *
     * @throws OptimisticLockingFailureException if someone changed it since {@code expectedVersion}
     */
    @Transactional
    public void configure(long workgroupId, long expectedVersion, String name, String charter, Integer capacity,
                          boolean closed) {
        Workgroup workgroup = workgroup(workgroupId);
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, workgroup.getInitiativeId());
        requireName(name);
        if (workgroup.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The workgroup changed since it was opened");
        }
        String before = "name=" + workgroup.getName() + ", capacity=" + workgroup.getCapacity() + ", closed="
                + workgroup.isClosed();
        workgroup.configure(name.strip(), charter, capacity, closed);
        workgroups.saveAndFlush(workgroup);
        audit.record("workgroup.configured", "workgroup", workgroupId, workgroup.getInitiativeId(), before,
                "name=" + name + ", capacity=" + capacity + ", closed=" + closed);
        activity.add(workgroupId, actor.name(), "configured", null);
    }

    /** Makes the person a lead of the workgroup, joining them if needed (coordinators). */
    @Transactional
    public void setLead(long workgroupId, long personId) {
        Workgroup workgroup = workgroup(workgroupId);
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, workgroup.getInitiativeId());
        lead(workgroup, personId, actor);
    }

    private void lead(Workgroup workgroup, long personId, Actor actor) {
        Member member = members.findByWorkgroupIdAndPersonId(workgroup.getId(), personId)
                .orElseGet(() -> new Member(workgroup.getId(), personId, WorkgroupRoles.Role.MEMBER, clock.instant()));
        member.makeLead();
        members.saveAndFlush(member);
        // The initiative-wide role shows in the header; the workgroup role is what grants rights.
        Authorization.runAsSystem(() -> roles.appoint(workgroup.getInitiativeId(), personId, InitiativeRole.WORKGROUP_LEAD));
        String name = nameOf(personId);
        audit.record("workgroup.lead", "workgroup_member", member.getId(), workgroup.getInitiativeId(), null,
                name + " leads " + workgroup.getName());
        activity.add(workgroup.getId(), actor.name(), "lead", name);
    }

    /** Adds a person as a member directly, without a request (coordinators). */
    @Transactional
    public void addMember(long workgroupId, long personId) {
        Workgroup workgroup = workgroup(workgroupId);
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, workgroup.getInitiativeId());
        if (members.findByWorkgroupIdAndPersonId(workgroupId, personId).isPresent()) {
            return;
        }
        Member member = members.saveAndFlush(new Member(workgroupId, personId, WorkgroupRoles.Role.MEMBER, clock.instant()));
        String name = nameOf(personId);
        audit.record("workgroup.memberAdded", "workgroup_member", member.getId(), workgroup.getInitiativeId(), null,
                name + " in " + workgroup.getName());
        activity.add(workgroupId, actor.name(), "joined", name);
    }

    /** The workgroups a person belongs to (for their own calendar feed; system use). */
    public List<Long> workgroupIdsOf(long personId) {
        return members.findByPersonId(personId).stream().map(Member::getWorkgroupId).toList();
    }

    /** The person ids of the workgroup's leads (for notices; system use). */
    public List<Long> leadIds(long workgroupId) {
        return members.findByWorkgroupIdAndRole(workgroupId, WorkgroupRoles.Role.LEAD).stream().map(Member::getPersonId).toList();
    }

    /** The workgroup of a strategic goal, if one was set up (public). */
    public Optional<Long> forGoal(long initiativeId, long goalId) {
        return workgroups.findByInitiativeIdAndGoalId(initiativeId, goalId).stream().map(Workgroup::getId).findFirst();
    }

    /** The initiative's workgroups with goal, leads, member count and whether they take members (public). */
    public Slice<WorkgroupSummary> list(long initiativeId, Pageable pageable) {
        Map<Long, String> goals = goalTitles(initiativeId);
        return workgroups.findByInitiative(initiativeId, pageable).map(w -> new WorkgroupSummary(w.getId(), w.getName(),
                w.getGoalId() == null ? null : goals.get(w.getGoalId()),
                members.findByWorkgroupIdAndRole(w.getId(), WorkgroupRoles.Role.LEAD).stream()
                        .map(m -> nameOf(m.getPersonId())).sorted().toList(),
                members.countByWorkgroupId(w.getId()), w.getCapacity(), w.isClosed()));
    }

    /** The workgroup's page: public facts; the charter only for those who may read the workgroup. */
    public WorkgroupDetails details(long workgroupId) {
        Workgroup w = workgroup(workgroupId);
        Optional<Actor> actor = authorization.currentActor().filter(a -> !a.isSystem());
        WorkgroupRoles.Role role = actor.flatMap(a -> members.findByWorkgroupIdAndPersonId(workgroupId, a.personId()))
                .map(Member::getRole).orElse(null);
        Long request = actor.flatMap(a -> requests.findByWorkgroupIdAndPersonIdAndStatus(workgroupId, a.personId(),
                JoinRequestStatus.PENDING)).map(JoinRequest::getId).orElse(null);
        boolean reader = authorization.canInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        return new WorkgroupDetails(w.getId(), w.getVersion(), w.getInitiativeId(), w.getName(),
                w.getGoalId() == null ? null : goalTitles(w.getInitiativeId()).get(w.getGoalId()),
                reader ? w.getCharter() : null, w.getCapacity(), w.isClosed(), members.countByWorkgroupId(workgroupId),
                role, request);
    }

    // ---- Joining --------------------------------------------------------------------------------

    /**
     * Asks to join (anyone with a role in the initiative).
     *
     * @throws WorkgroupUnavailableException closed, full, already a member, or a request already open
     */
    @Transactional
    public long requestToJoin(long workgroupId, String reason) {
        Workgroup workgroup = workgroup(workgroupId);
        Actor actor = authorization.check(Action.REQUEST_TO_JOIN_WORKGROUP, workgroup.getInitiativeId());
        if (members.findByWorkgroupIdAndPersonId(workgroupId, actor.personId()).isPresent()) {
            throw new WorkgroupUnavailableException("member");
        }
        if (requests.findByWorkgroupIdAndPersonIdAndStatus(workgroupId, actor.personId(), JoinRequestStatus.PENDING).isPresent()) {
            throw new WorkgroupUnavailableException("pending");
        }
        if (workgroup.isClosed()) {
            throw new WorkgroupUnavailableException("closed");
        }
        if (workgroup.getCapacity() != null && members.countByWorkgroupId(workgroupId) >= workgroup.getCapacity()) {
            throw new WorkgroupUnavailableException("full");
        }
        String text = reason == null ? null : reason.strip();
        if (text != null && text.length() > 1000) {
            throw new IllegalArgumentException("The reason is longer than 1,000 characters");
        }
        JoinRequest request = requests.saveAndFlush(new JoinRequest(workgroupId, actor.personId(), text, clock.instant()));
        audit.record("joinRequest.created", "join_request", request.getId(), workgroup.getInitiativeId(), null,
                actor.name() + " asks to join " + workgroup.getName());
        for (Member lead : members.findByWorkgroupIdAndRole(workgroupId, WorkgroupRoles.Role.LEAD)) {
            notices.notify(lead.getPersonId(), "notice.joinRequested", "workgroups/" + workgroupId, actor.name(),
                    workgroup.getName());
        }
        return request.getId();
    }

    /** Withdraws one's own pending request. */
    @Transactional
    public void withdraw(long requestId) {
        JoinRequest request = requests.findById(requestId).orElseThrow(() -> new NoSuchElementException("No request"));
        Actor actor = me();
        if (request.getPersonId() != actor.personId()) {
            throw new AccessDeniedException(actor.name() + " may not withdraw another person's request");
        }
        if (request.getStatus() != JoinRequestStatus.PENDING) {
            throw new AlreadyDecidedJoinRequestException(request.getStatus());
        }
        request.decide(JoinRequestStatus.WITHDRAWN, null, actor.personId(), clock.instant());
        requests.saveAndFlush(request);
        audit.record("joinRequest.withdrawn", "join_request", requestId, initiativeOf(request.getWorkgroupId()), null, null);
    }

    /** Leaves a workgroup one belongs to. */
    @Transactional
    public void leave(long workgroupId) {
        Actor actor = me();
        Member member = members.findByWorkgroupIdAndPersonId(workgroupId, actor.personId())
                .orElseThrow(() -> new NoSuchElementException("Not a member"));
        members.delete(member);
        audit.record("workgroup.left", "workgroup_member", member.getId(), initiativeOf(workgroupId),
                actor.name() + " as " + member.getRole(), null);
        activity.add(workgroupId, actor.name(), "left", null);
    }

    /** Requests waiting for a decision, oldest first (the workgroup's leads, coordinators). */
    public Slice<JoinRequestView> pending(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.DECIDE_JOIN_REQUESTS, workgroupId);
        long initiativeId = initiativeOf(workgroupId);
        Slice<JoinRequest> page = requests.findByStatus(workgroupId, JoinRequestStatus.PENDING, pageable);
        Map<Long, DirectoryService.MemberFacts> facts = directory.factsOf(initiativeId,
                page.stream().map(JoinRequest::getPersonId).collect(Collectors.toSet()));
        return page.map(r -> {
            DirectoryService.MemberFacts f = facts.get(r.getPersonId());
            return new JoinRequestView(r.getId(), workgroupId, r.getPersonId(), nameOf(r.getPersonId()),
                    f == null ? null : f.organization(), f == null ? null : f.sector(), r.getReason(), r.getStatus(),
                    r.getCreatedAt());
        });
    }

    /**
     * Approves a request: the person becomes a member, once, and is told (in the app and by mail).
     *
     * @throws AlreadyDecidedJoinRequestException if another lead decided first (nothing changes)
     */
    @Transactional
    public void approve(long requestId, String note) {
        decide(requestId, note, true);
    }

    /** Declines a request with a note; the person is told. */
    @Transactional
    public void decline(long requestId, String note) {
        decide(requestId, note, false);
    }

    private void decide(long requestId, String note, boolean approving) {
        JoinRequest request = requests.findById(requestId).orElseThrow(() -> new NoSuchElementException("No request"));
        Actor actor = authorization.checkInWorkgroup(Action.DECIDE_JOIN_REQUESTS, request.getWorkgroupId());
        if (request.getStatus() != JoinRequestStatus.PENDING) {
            throw new AlreadyDecidedJoinRequestException(request.getStatus());
        }
        Workgroup workgroup = workgroup(request.getWorkgroupId());
        String text = note == null || note.isBlank() ? null : note.strip();
        request.decide(approving ? JoinRequestStatus.APPROVED : JoinRequestStatus.DECLINED, text, actor.personId(),
                clock.instant());
        try {
            requests.saveAndFlush(request);
            if (approving) {
                members.saveAndFlush(new Member(workgroup.getId(), request.getPersonId(), WorkgroupRoles.Role.MEMBER,
                        clock.instant()));
            }
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException race) {
            throw new AlreadyDecidedJoinRequestException(JoinRequestStatus.APPROVED);
        }
        String person = nameOf(request.getPersonId());
        audit.record(approving ? "joinRequest.approved" : "joinRequest.declined", "join_request", requestId,
                workgroup.getInitiativeId(), "PENDING", (approving ? "APPROVED" : "DECLINED")
                        + (text == null ? "" : ", note=" + text));
        if (approving) {
            activity.add(workgroup.getId(), actor.name(), "joined", person);
        }
        notices.notify(request.getPersonId(), approving ? "notice.joinApproved" : "notice.joinDeclined",
                "workgroups/" + workgroup.getId(), workgroup.getName(), text == null ? "" : text);
        events.publishEvent(new JoinRequestDecided(request.getPersonId(), workgroup.getName(), approving, text));
    }

    /** Published after a decision; the requester is mailed once the transaction commits. */
    public record JoinRequestDecided(long personId, String workgroupName, boolean approved, String note) {
    }

    // ---- Members --------------------------------------------------------------------------------

    /** Members with organization and sector, leads first (members, leads, coordinators). */
    public Slice<MemberView> members(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        long initiativeId = initiativeOf(workgroupId);
        Slice<Member> page = members.findByWorkgroup(workgroupId, pageable);
        Map<Long, DirectoryService.MemberFacts> facts = directory.factsOf(initiativeId,
                page.stream().map(Member::getPersonId).collect(Collectors.toSet()));
        return page.map(m -> {
            DirectoryService.MemberFacts f = facts.get(m.getPersonId());
            return new MemberView(m.getPersonId(), nameOf(m.getPersonId()), f == null ? null : f.organization(),
                    f == null ? null : f.sector(), f == null ? null : f.region(), m.getRole(), m.getJoinedAt());
        });
    }

    /** Removes a member (the workgroup's leads, coordinators); audited. */
    @Transactional
    public void removeMember(long workgroupId, long personId) {
        Actor actor = authorization.checkInWorkgroup(Action.MANAGE_WORKGROUP_MEMBERS, workgroupId);
        Member member = members.findByWorkgroupIdAndPersonId(workgroupId, personId)
                .orElseThrow(() -> new NoSuchElementException("Not a member"));
        members.delete(member);
        String name = nameOf(personId);
        audit.record("workgroup.memberRemoved", "workgroup_member", member.getId(), initiativeOf(workgroupId),
                name + " as " + member.getRole(), null);
        activity.add(workgroupId, actor.name(), "removed", name);
        notices.notify(personId, "notice.removed", null, workgroup(workgroupId).getName());
    }

    /** Makes a member a co-lead (the workgroup's leads, coordinators). */
    @Transactional
    public void makeCoLead(long workgroupId, long personId) {
        Actor actor = authorization.checkInWorkgroup(Action.MANAGE_WORKGROUP_MEMBERS, workgroupId);
        members.findByWorkgroupIdAndPersonId(workgroupId, personId).orElseThrow(() -> new NoSuchElementException("Not a member"));
        lead(workgroup(workgroupId), personId, actor);
    }

    /** Membership by sector and by region, counts below five suppressed (coordinators). */
    public Map<String, Map<String, Long>> balance(long workgroupId) {
        long initiativeId = initiativeOf(workgroupId);
        authorization.check(Action.VIEW_WORKGROUP_BALANCE, initiativeId);
        List<Long> people = members.findByWorkgroup(workgroupId, Pageable.unpaged()).stream().map(Member::getPersonId).toList();
        Map<Long, DirectoryService.MemberFacts> facts = directory.factsOf(initiativeId, people);
        Map<String, Long> sectors = new TreeMap<>();
        Map<String, Long> regions = new TreeMap<>();
        for (Long person : people) {
            DirectoryService.MemberFacts f = facts.get(person);
            sectors.merge(f == null || f.sector() == null ? "" : f.sector().name(), 1L, Long::sum);
            regions.merge(f == null || f.region() == null ? "" : f.region(), 1L, Long::sum);
        }
        Map<String, Map<String, Long>> result = new HashMap<>();
        result.put("sector", suppress(sectors));
        result.put("region", suppress(regions));
        return result;
    }

    /** Counts below five become null ("fewer than 5"). */
    static Map<String, Long> suppress(Map<String, Long> counts) {
        Map<String, Long> shown = new TreeMap<>();
        counts.forEach((key, count) -> shown.put(key, count < 5 ? null : count));
        return shown;
    }

    // ---- Notes ----------------------------------------------------------------------------------

    public Slice<NoteView> notes(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        return notes.findByWorkgroup(workgroupId, pageable).map(n -> new NoteView(n.getId(), n.getKind(), n.getTitle(),
                n.getBody(), n.getNoteDate(), n.getAuthorId() == null ? "" : nameOf(n.getAuthorId()), n.getActionOwner(),
                n.getActionOwner() == null ? null : nameOf(n.getActionOwner()), n.getActionDue(), n.getActionDoneAt()));
    }

    /** Adds a note (the workgroup's leads, coordinators); an action item's owner must be a member. */
    @Transactional
    public long addNote(long workgroupId, @Valid NewNote note) {
        Actor actor = authorization.checkInWorkgroup(Action.WRITE_WORKGROUP_NOTES, workgroupId);
        if (note.kind() == NoteKind.ACTION
                && members.findByWorkgroupIdAndPersonId(workgroupId, note.actionOwnerId()).isEmpty()) {
            throw new IllegalArgumentException("The owner of an action item must be a member of the workgroup");
        }
        Note saved = notes.save(new Note(workgroupId, note.kind(), note.title().strip(), note.body(), note.date(),
                actor.personId(), note.kind() == NoteKind.ACTION ? note.actionOwnerId() : null,
                note.kind() == NoteKind.ACTION ? note.actionDue() : null, clock.instant()));
        audit.record("note.added", "workgroup_note", saved.getId(), initiativeOf(workgroupId), null,
                note.kind() + ": " + note.title());
        activity.add(workgroupId, actor.name(), "note." + note.kind().name().toLowerCase(), note.title());
        if (note.kind() == NoteKind.ACTION && !note.actionOwnerId().equals(actor.personId())) {
            notices.notify(note.actionOwnerId(), "notice.actionAssigned", "workgroups/" + workgroupId, note.title(),
                    note.actionDue().toString());
        }
        return saved.getId();
    }

    /** Marks an action item done (its owner, the workgroup's leads, coordinators). */
    @Transactional
    public void markDone(long noteId) {
        Note note = notes.findById(noteId).orElseThrow(() -> new NoSuchElementException("No note"));
        Actor actor = me();
        boolean owner = note.getActionOwner() != null && note.getActionOwner().equals(actor.personId());
        if (!owner) {
            authorization.checkInWorkgroup(Action.WRITE_WORKGROUP_NOTES, note.getWorkgroupId());
        }
        if (note.getKind() != NoteKind.ACTION || note.getActionDoneAt() != null) {
            return;
        }
        note.markDone(actor.personId(), clock.instant());
        notes.saveAndFlush(note);
        audit.record("note.actionDone", "workgroup_note", noteId, initiativeOf(note.getWorkgroupId()), "open", "done");
        activity.add(note.getWorkgroupId(), actor.name(), "actionDone", note.getTitle());
    }

    public Slice<ActivityView> activity(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        return activity.recent(workgroupId, pageable);
    }

    // ---- The signed-in person ---------------------------------------------------------------------

    /** The person's workgroups in every initiative, and their open requests. */
    public List<MyWorkgroup> mine() {
        Actor actor = me();
        List<MyWorkgroup> result = new ArrayList<>();
        for (Member m : members.findByPersonId(actor.personId())) {
            Workgroup w = workgroup(m.getWorkgroupId());
            InitiativeDirectory.InitiativeRef i = initiatives.findById(w.getInitiativeId()).orElseThrow();
            result.add(new MyWorkgroup(w.getId(), i.id(), i.slug(), i.name(), w.getName(), m.getRole(), null, null));
        }
        for (JoinRequest r : requests.findByPersonIdAndStatus(actor.personId(), JoinRequestStatus.PENDING)) {
            Workgroup w = workgroup(r.getWorkgroupId());
            InitiativeDirectory.InitiativeRef i = initiatives.findById(w.getInitiativeId()).orElseThrow();
            result.add(new MyWorkgroup(w.getId(), i.id(), i.slug(), i.name(), w.getName(), null, r.getStatus(), r.getId()));
        }
        return result;
    }

    // ---- Helpers --------------------------------------------------------------------------------

    private Workgroup workgroup(long workgroupId) {
        return workgroups.findById(workgroupId).orElseThrow(() -> new NoSuchElementException("No workgroup " + workgroupId));
    }

    private long initiativeOf(long workgroupId) {
        return workgroup(workgroupId).getInitiativeId();
    }

    private Actor me() {
        return authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    private String nameOf(long personId) {
        return persons.find(personId).map(PersonSummary::name).orElse("#" + personId);
    }

    private Map<Long, String> goalTitles(long initiativeId) {
        return initiatives.findById(initiativeId).map(i -> i.goals().stream()
                .collect(Collectors.toMap(InitiativeDirectory.GoalRef::id, InitiativeDirectory.GoalRef::title)))
                .orElse(Map.of());
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("A workgroup needs a name of up to 200 characters");
        }
    }

}
