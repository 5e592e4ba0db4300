package app.convene.workgroups;

import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.security.WorkgroupRoles;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.DirectoryService;
import app.convene.stakeholders.DirectoryService.MemberFacts;
import app.convene.workgroups.internal.ActivityQueries;
import app.convene.workgroups.internal.JoinRequest;
import app.convene.workgroups.internal.JoinRequestRepository;
import app.convene.workgroups.internal.Member;
import app.convene.workgroups.internal.MemberRepository;
import app.convene.workgroups.internal.Workgroup;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a workgroup: people with a role in the initiative ask, the workgroup's leads (and
 * coordinators) approve or decline, the person is told (a notice, delivered as they chose). Every step is audited.
 */
@Service
@Transactional(readOnly = true)
public class JoinRequestService {

    /** The longest reason a person may give for joining. */
    public static final int REASON_MAX = 1000;

    private final JoinRequestRepository requests;
    private final MemberRepository members;
    private final ActivityQueries activity;
    private final WorkgroupSupport support;
    private final Authorization authorization;
    private final AuditLog audit;
    private final NoticeService notices;
    private final DirectoryService directory;
    private final RoleService roles;
    private final Clock clock;

    JoinRequestService(JoinRequestRepository requests, MemberRepository members, ActivityQueries activity,
                       WorkgroupSupport support, Authorization authorization, AuditLog audit, NoticeService notices,
                       DirectoryService directory, RoleService roles, Clock clock) {
        this.roles = roles;
        this.requests = requests;
        this.members = members;
        this.activity = activity;
        this.support = support;
        this.authorization = authorization;
        this.audit = audit;
        this.notices = notices;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Asks to join (anyone with a role in the initiative).
     *
     * @throws WorkgroupUnavailableException closed, full, already a member, or a request already open
     */
    @Transactional
    public long requestToJoin(long workgroupId, String reason) {
        Workgroup workgroup = support.workgroup(workgroupId);
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
        String text = FreeText.checked("reason", reason == null ? null : reason.strip());
        if (text != null && text.length() > REASON_MAX) {
            throw new ValidationError("reason", "workgroup.error.reason", REASON_MAX);
        }
        JoinRequest request = requests.saveAndFlush(new JoinRequest(workgroupId, actor.personId(), text, clock.instant()));
        audit.record("joinRequest.created", "join_request", request.getId(), workgroup.getInitiativeId(), null,
                actor.name() + " asks to join " + workgroup.getName());
        List<Long> deciders = members.findByWorkgroupIdAndRole(workgroupId, WorkgroupRoles.Role.LEAD).stream()
                .map(Member::getPersonId).toList();
        if (deciders.isEmpty()) { // a workgroup without leads: its initiative's coordinators decide
            deciders = roles.holders(workgroup.getInitiativeId(), InitiativeRole.COORDINATOR);
        }
        for (Long decider : deciders.stream().filter(d -> !d.equals(actor.personId())).toList()) {
            notices.notify(Notification.of(NoticeKind.JOIN_REQUESTED, decider, "notice.joinRequested",
                    actor.name(), workgroup.getName()).in(workgroup.getInitiativeId())
                    .linkTo(WorkgroupAddresses.workgroup(workgroupId)));
        }
        return request.getId();
    }

    /** Withdraws one's own pending request. */
    @Transactional
    public void withdraw(long requestId) {
        JoinRequest request = requests.findById(requestId).orElseThrow(() -> new NoSuchElementException("No request"));
        Actor actor = support.me();
        if (request.getPersonId() != actor.personId()) {
            throw new AccessDeniedException(actor.name() + " may not withdraw another person's request");
        }
        if (request.getStatus() != JoinRequestStatus.PENDING) {
            throw new AlreadyDecidedJoinRequestException(request.getStatus());
        }
        request.decide(JoinRequestStatus.WITHDRAWN, null, actor.personId(), clock.instant());
        requests.saveAndFlush(request);
        audit.record("joinRequest.withdrawn", "join_request", requestId, support.initiativeOf(request.getWorkgroupId()),
                null, null);
    }

    /** Requests waiting for a decision, oldest first (the workgroup's leads, coordinators). */
    public Slice<JoinRequestItem> pending(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.DECIDE_JOIN_REQUESTS, workgroupId);
        long initiativeId = support.initiativeOf(workgroupId);
        Slice<JoinRequest> page = requests.findByStatus(workgroupId, JoinRequestStatus.PENDING, pageable);
        List<Long> people = page.stream().map(JoinRequest::getPersonId).toList();
        Map<Long, MemberFacts> facts = directory.shownFactsOf(initiativeId, people);
        Map<Long, String> names = support.names(people);
        return page.map(r -> {
            MemberFacts f = facts.get(r.getPersonId());
            return new JoinRequestItem(r.getId(), workgroupId, r.getPersonId(), names.get(r.getPersonId()),
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
        Workgroup workgroup = support.workgroup(request.getWorkgroupId());
        String text = FreeText.checked("note", note == null || note.isBlank() ? null : note.strip());
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
        String person = support.nameOf(request.getPersonId());
        audit.record(approving ? "joinRequest.approved" : "joinRequest.declined", "join_request", requestId,
                workgroup.getInitiativeId(), "PENDING", (approving ? "APPROVED" : "DECLINED")
                        + (text == null ? "" : ", note=" + text));
        if (approving) {
            activity.add(workgroup.getId(), actor.personId(), actor.name(), "joined", person,
                    request.getPersonId());
        }
        if (!Long.valueOf(request.getPersonId()).equals(actor.personId())) { // deciding one's own request: no notice
            notices.notify(Notification.of(NoticeKind.JOIN_DECIDED, request.getPersonId(),
                    approving ? "notice.joinApproved" : "notice.joinDeclined", workgroup.getName(),
                    text == null ? "" : text).in(workgroup.getInitiativeId())
                    .linkTo(WorkgroupAddresses.workgroup(workgroup.getId())));
        }
    }
}
