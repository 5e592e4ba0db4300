package app.convene.workgroups;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativePeople;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.RoleService;
import app.convene.security.WorkgroupRoles;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.DirectoryService;
import app.convene.stakeholders.DirectoryService.MemberFacts;
import app.convene.stakeholders.ParticipationService;
import app.convene.workgroups.internal.ActivityQueries;
import app.convene.workgroups.internal.JoinRequest;
import app.convene.workgroups.internal.JoinRequestRepository;
import app.convene.workgroups.internal.Member;
import app.convene.workgroups.internal.MemberRepository;
import app.convene.workgroups.internal.Workgroup;
import app.convene.workgroups.internal.WorkgroupQueries;
import app.convene.workgroups.internal.WorkgroupRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workgroups of an initiative: coordinators create and configure them and name leads; leads (and
 * coordinators) manage members; members read. Joining is {@link JoinRequestService}, notes are
 * {@link WorkgroupNoteService}. Every change is audited and shows in the workgroup's feed.
 */
@Service
@Transactional(readOnly = true)
public class WorkgroupService {

    private final WorkgroupRepository workgroups;
    private final MemberRepository members;
    private final JoinRequestRepository requests;
    private final WorkgroupQueries queries;
    private final ActivityQueries activity;
    private final WorkgroupSupport support;
    private final Authorization authorization;
    private final AuditLog audit;
    private final RoleService roles;
    private final NoticeService notices;
    private final DirectoryService directory;
    private final ParticipationService participation;
    private final InitiativeDirectory initiatives;
    private final InitiativePeople people;
    private final Clock clock;
    private final WorkgroupPages pages;

    WorkgroupService(WorkgroupRepository workgroups, MemberRepository members, JoinRequestRepository requests,
                     WorkgroupQueries queries, ActivityQueries activity, WorkgroupSupport support,
                     Authorization authorization, AuditLog audit, RoleService roles, NoticeService notices,
                     DirectoryService directory, ParticipationService participation, InitiativeDirectory initiatives,
                     InitiativePeople people, Clock clock, WorkgroupPages pages) {
        this.pages = pages;
        this.people = people;
        this.workgroups = workgroups;
        this.members = members;
        this.requests = requests;
        this.queries = queries;
        this.activity = activity;
        this.support = support;
        this.authorization = authorization;
        this.audit = audit;
        this.roles = roles;
        this.notices = notices;
        this.directory = directory;
        this.participation = participation;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    /** Creates a workgroup (for a strategic goal of the initiative, or none) (coordinators). */
    @Transactional
    public long create(long initiativeId, Long goalId, String name, String charter, Integer capacity, boolean closed) {
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, initiativeId);
        support.requireValid(initiativeId, goalId, name, capacity);
        Workgroup workgroup = new Workgroup(initiativeId, goalId, name.strip());
        workgroup.configure(name.strip(), charter, capacity, closed);
        long id = workgroups.save(workgroup).getId();
        audit.record("workgroup.created", "workgroup", id, initiativeId, null, "name=" + name + ", capacity=" + capacity
                + ", closed=" + closed);
        activity.add(id, actor, "created", name);
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
        Workgroup workgroup = support.workgroup(workgroupId);
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, workgroup.getInitiativeId());
        support.requireValid(workgroup.getInitiativeId(), null, name, capacity);
        if (workgroup.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The workgroup changed since it was opened");
        }
        String before = "name=" + workgroup.getName() + ", capacity=" + workgroup.getCapacity() + ", closed="
                + workgroup.isClosed();
        workgroup.configure(name.strip(), charter, capacity, closed);
        workgroups.saveAndFlush(workgroup);
        audit.record("workgroup.configured", "workgroup", workgroupId, workgroup.getInitiativeId(), before,
                "name=" + name + ", capacity=" + capacity + ", closed=" + closed);
        activity.add(workgroupId, actor, "configured", null);
    }

    /** Makes the person a lead of the workgroup, joining them if needed (coordinators). */
    @Transactional
    public void setLead(long workgroupId, long personId) {
        Workgroup workgroup = support.workgroup(workgroupId);
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, workgroup.getInitiativeId());
        lead(workgroup, personId, actor);
    }

    private void lead(Workgroup workgroup, long personId, Actor actor) {
        // The initiative role is what workgroup rights rest on; appointed (and audited) as the actor.
        roles.appointWorkgroupLead(workgroup.getId(), personId);
        Member member = members.findByWorkgroupIdAndPersonId(workgroup.getId(), personId)
                .orElseGet(() -> new Member(workgroup.getId(), personId, WorkgroupRoles.Role.MEMBER, clock.instant()));
        member.makeLead();
        members.saveAndFlush(member);
        String name = support.nameOf(personId);
        audit.record("workgroup.lead", "workgroup_member", member.getId(), workgroup.getInitiativeId(), null,
                name + " leads " + workgroup.getName());
        activity.add(workgroup.getId(), actor.personId(), actor.name(), "lead", name, personId);
    }

    /**
     * Adds a person related to the initiative as a member directly, without a request (coordinators).
     *
     * @throws ValidationError on {@code person}: not related to the initiative (see InitiativePeople)
     */
    @Transactional
    public void addMember(long workgroupId, long personId) {
        Workgroup workgroup = support.workgroup(workgroupId);
        Actor actor = authorization.check(Action.MANAGE_WORKGROUPS, workgroup.getInitiativeId());
        if (members.findByWorkgroupIdAndPersonId(workgroupId, personId).isPresent()) {
            return;
        }
        people.requireRelated(actor, workgroup.getInitiativeId(), personId, "person");
        Member member = members.saveAndFlush(new Member(workgroupId, personId, WorkgroupRoles.Role.MEMBER, clock.instant()));
        String name = support.nameOf(personId);
        audit.record("workgroup.memberAdded", "workgroup_member", member.getId(), workgroup.getInitiativeId(), null,
                name + " in " + workgroup.getName());
        activity.add(workgroupId, actor.personId(), actor.name(), "joined", name, personId);
    }

    /** The workgroups a person belongs to (for their own calendar feed; system use). */
    public List<Long> workgroupIdsOf(long personId) {
        return members.findByPersonId(personId).stream().map(Member::getWorkgroupId).toList();
    }

    /** The person ids of the workgroup's leads (for notices; system use). */
    public List<Long> leadIds(long workgroupId) {
        return members.findByWorkgroupIdAndRole(workgroupId, WorkgroupRoles.Role.LEAD).stream().map(Member::getPersonId).toList();
    }

    /** The person ids of everyone in the workgroup, leads too (for notices; system use). */
    public List<Long> memberIds(long workgroupId) {
        return members.findByWorkgroupId(workgroupId).stream().map(Member::getPersonId).toList();
    }

    /** The workgroup of a strategic goal, if one was set up (public). */
    public Optional<Long> forGoal(long initiativeId, long goalId) {
        return workgroups.findByInitiativeIdAndGoalId(initiativeId, goalId).stream().map(Workgroup::getId).findFirst();
    }

    /** The initiative's workgroups with goal, leads, member count and whether they take members (public). */
    public Slice<WorkgroupSummary> list(long initiativeId, Pageable pageable) {
        return support.summaries(initiativeId, pageable);
    }

    /** Workgroups' names by id in one query (public facts, as on their pages); ids not found are left out. */
    public Map<Long, String> names(Collection<Long> workgroupIds) {
        return queries.workgroupNames(workgroupIds);
    }

    /** The workgroup's page: public facts; the charter only for those who may read the workgroup. */
    public WorkgroupDetails details(long workgroupId) {
        return pages.details(workgroupId);
    }

    /** Leaves a workgroup one belongs to. */
    @Transactional
    public void leave(long workgroupId) {
        Actor actor = support.me();
        Member member = members.findByWorkgroupIdAndPersonId(workgroupId, actor.personId())
                .orElseThrow(() -> new NoSuchElementException("Not a member"));
        members.delete(member);
        audit.record("workgroup.left", "workgroup_member", member.getId(), support.initiativeOf(workgroupId),
                actor.name() + " as " + member.getRole(), null);
        activity.add(workgroupId, actor, "left", null);
    }

    /**
     * Members with organization and sector (only of those listed in the directory, except to
     * coordinators), leads first (members, leads, coordinators).
     */
    public Slice<MemberItem> members(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        long initiativeId = support.initiativeOf(workgroupId);
        Slice<Member> page = members.findByWorkgroup(workgroupId, pageable);
        List<Long> ids = page.stream().map(Member::getPersonId).toList();
        Map<Long, MemberFacts> facts = directory.shownFactsOf(initiativeId, ids);
        Map<Long, String> names = support.names(ids);
        return page.map(m -> {
            MemberFacts f = facts.get(m.getPersonId());
            return new MemberItem(m.getPersonId(), names.get(m.getPersonId()), f == null ? null : f.organization(),
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
        String name = support.nameOf(personId);
        audit.record("workgroup.memberRemoved", "workgroup_member", member.getId(), support.initiativeOf(workgroupId),
                name + " as " + member.getRole(), null);
        activity.add(workgroupId, actor.personId(), actor.name(), "removed", name, personId);
        if (!Long.valueOf(personId).equals(actor.personId())) notices.notify(Notification.of(NoticeKind.WORKGROUP,
                personId, "notice.removed", support.workgroup(workgroupId).getName()).in(support.initiativeOf(workgroupId)));
    }

    /** Makes a member a co-lead (the workgroup's leads, coordinators). */
    @Transactional
    public void makeCoLead(long workgroupId, long personId) {
        Actor actor = authorization.checkInWorkgroup(Action.MANAGE_WORKGROUP_MEMBERS, workgroupId);
        members.findByWorkgroupIdAndPersonId(workgroupId, personId).orElseThrow(() -> new NoSuchElementException("Not a member"));
        lead(support.workgroup(workgroupId), personId, actor);
    }

    /** Membership by sector and by region (counts below five suppressed) and protected demographics (coordinators). */
    public WorkgroupBalance balance(long workgroupId) {
        long initiativeId = support.initiativeOf(workgroupId);
        authorization.check(Action.VIEW_WORKGROUP_BALANCE, initiativeId);
        List<Long> people = members.findByWorkgroup(workgroupId, Pageable.unpaged()).stream().map(Member::getPersonId).toList();
        return WorkgroupBalance.of(people, directory.factsOf(initiativeId, people),
                participation.demographicsOf(initiativeId, people));
    }

    /** The person's workgroups in every initiative, and their open requests. */
    public List<MyWorkgroup> mine() {
        Actor actor = support.me();
        List<MyWorkgroup> result = new ArrayList<>();
        for (Member m : members.findByPersonId(actor.personId())) {
            Workgroup w = support.workgroup(m.getWorkgroupId());
            InitiativeDirectory.InitiativeRef i = initiatives.findById(w.getInitiativeId()).orElseThrow();
            result.add(new MyWorkgroup(w.getId(), i.id(), i.slug(), i.name(), w.getName(), m.getRole(), null, null));
        }
        for (JoinRequest r : requests.findByPersonIdAndStatus(actor.personId(), JoinRequestStatus.PENDING)) {
            Workgroup w = support.workgroup(r.getWorkgroupId());
            InitiativeDirectory.InitiativeRef i = initiatives.findById(w.getInitiativeId()).orElseThrow();
            result.add(new MyWorkgroup(w.getId(), i.id(), i.slug(), i.name(), w.getName(), null, r.getStatus(), r.getId()));
        }
        return result;
    }
}
