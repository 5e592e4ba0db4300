package app.convene.workgroups;

import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.workgroups.internal.ActivityQueries;
import app.convene.workgroups.internal.MemberRepository;
import app.convene.workgroups.internal.Note;
import app.convene.workgroups.internal.NoteRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A workgroup's dated notes, decisions and action items, and its feed of recent changes. */
@Service
@Validated
@Transactional(readOnly = true)
public class WorkgroupNoteService {

    private final NoteRepository notes;
    private final MemberRepository members;
    private final ActivityQueries activity;
    private final WorkgroupSupport support;
    private final Authorization authorization;
    private final AuditLog audit;
    private final NoticeService notices;
    private final Clock clock;

    WorkgroupNoteService(NoteRepository notes, MemberRepository members, ActivityQueries activity,
                         WorkgroupSupport support, Authorization authorization, AuditLog audit, NoticeService notices,
                         Clock clock) {
        this.notes = notes;
        this.members = members;
        this.activity = activity;
        this.support = support;
        this.authorization = authorization;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** Notes, newest first (members, leads, coordinators). */
    public Slice<NoteItem> notes(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        Slice<Note> page = notes.findByWorkgroup(workgroupId, pageable);
        Set<Long> people = new HashSet<>();
        page.forEach(n -> {
            if (n.getAuthorId() != null) {
                people.add(n.getAuthorId());
            }
            if (n.getActionOwner() != null) {
                people.add(n.getActionOwner());
            }
        });
        Map<Long, String> names = support.names(people);
        return page.map(n -> new NoteItem(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getNoteDate(),
                n.getAuthorId() == null ? "" : names.get(n.getAuthorId()), n.getActionOwner(),
                n.getActionOwner() == null ? null : names.get(n.getActionOwner()), n.getActionDue(), n.getActionDoneAt()));
    }

    /** Adds a note (the workgroup's leads, coordinators); an action item's owner must be a member. */
    @Transactional
    public long addNote(long workgroupId, @Valid NewNote note) {
        Actor actor = authorization.checkInWorkgroup(Action.WRITE_WORKGROUP_NOTES, workgroupId);
        FreeText.checked(note);
        if (note.kind() == NoteKind.ACTION
                && members.findByWorkgroupIdAndPersonId(workgroupId, note.actionOwnerId()).isEmpty()) {
            throw new ValidationError("actionOwnerId", "note.error.ownerNotMember");
        }
        Note saved = notes.save(new Note(workgroupId, note.kind(), note.title().strip(), note.body(), note.date(),
                actor.personId(), note.kind() == NoteKind.ACTION ? note.actionOwnerId() : null,
                note.kind() == NoteKind.ACTION ? note.actionDue() : null, clock.instant()));
        audit.record("note.added", "workgroup_note", saved.getId(), support.initiativeOf(workgroupId), null,
                note.kind() + ": " + note.title());
        activity.add(workgroupId, actor, "note." + note.kind().name().toLowerCase(), note.title());
        if (note.kind() == NoteKind.ACTION && !note.actionOwnerId().equals(actor.personId())) {
            notices.notify(Notification.of(NoticeKind.WORKGROUP, note.actionOwnerId(), "notice.actionAssigned",
                    note.title(), note.actionDue().toString()).in(support.initiativeOf(workgroupId))
                    .linkTo(WorkgroupAddresses.workgroup(workgroupId)));
        }
        return saved.getId();
    }

    /** Marks an action item done (its owner, the workgroup's leads, coordinators). */
    @Transactional
    public void markDone(long noteId) {
        Note note = notes.findById(noteId).orElseThrow(() -> new NoSuchElementException("No note"));
        Actor actor = support.me();
        boolean owner = note.getActionOwner() != null && note.getActionOwner().equals(actor.personId());
        // The owner of an action item marks it done while they still belong to the workgroup.
        authorization.checkInWorkgroup(owner ? Action.READ_WORKGROUP : Action.WRITE_WORKGROUP_NOTES,
                note.getWorkgroupId());
        if (note.getKind() != NoteKind.ACTION || note.getActionDoneAt() != null) {
            return;
        }
        note.markDone(actor.personId(), clock.instant());
        notes.saveAndFlush(note);
        audit.record("note.actionDone", "workgroup_note", noteId, support.initiativeOf(note.getWorkgroupId()), "open", "done");
        activity.add(note.getWorkgroupId(), actor, "actionDone", note.getTitle());
    }

    /** What changed, newest first (members, leads, coordinators). */
    public Slice<ActivityItem> activity(long workgroupId, Pageable pageable) {
        authorization.checkInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        return activity.recent(workgroupId, pageable);
    }
}
