package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.ConveningMinutes;
import app.convene.convenings.internal.ConveningMinutesRepository;
import app.convene.convenings.internal.MinutesQueries;
import app.convene.convenings.internal.MinutesQueries.ActionRow;
import app.convene.convenings.internal.MinutesQueries.PersonRow;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativePeople;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.workgroups.NewNote;
import app.convene.workgroups.NoteKind;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import java.util.Comparator;
import org.springframework.data.domain.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items beside the minutes (what, owner among the initiative's people, due date), written by the host.
 * Each can become one action item of the host workgroup or one milestone of the initiative: the link is kept
 * here and the new item's text links back to the minutes ("From the minutes of …"), so neither the workgroups
 * nor the timeline module knows about convenings. The target service checks its own permission too.
 */
@Service
@Transactional(readOnly = true)
public class MinutesActions {

    static final int WHAT = 200;

    private final ConveningMinutesRepository minutes;
    private final MinutesQueries queries;
    private final ConveningItems items;
    private final MinutesAccess access;
    private final Authorization authorization;
    private final InitiativePeople people;
    private final WorkgroupNoteService notes;
    private final WorkgroupService workgroups;
    private final MilestoneService milestones;
    private final AuditLog audit;
    private final ConveneI18NProvider i18n;
    private final Clock clock;

    MinutesActions(ConveningMinutesRepository minutes, MinutesQueries queries, ConveningItems items,
                   MinutesAccess access, Authorization authorization, InitiativePeople people,
                   WorkgroupNoteService notes, WorkgroupService workgroups, MilestoneService milestones, AuditLog audit, ConveneI18NProvider i18n, Clock clock) {
        this.minutes = minutes;
        this.queries = queries;
        this.items = items;
        this.access = access;
        this.authorization = authorization;
        this.people = people;
        this.notes = notes;
        this.workgroups = workgroups;
        this.milestones = milestones;
        this.audit = audit;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Adds an action item to minutes not yet approved (starting the minutes when there are none). */
    @Transactional
    public long add(long conveningId, String what, Long ownerId, LocalDate due) {
        Convening convening = items.find(conveningId);
        Actor actor = host(convening);
        String text = FreeText.checked("what", what == null ? "" : what.strip());
        if (text.isEmpty() || text.length() > WHAT) {
            throw new ValidationError("what", text.isEmpty() ? "minutes.error.whatRequired" : "minutes.error.tooLong", WHAT);
        }
        if (due == null) {
            throw new ValidationError("due", "minutes.error.dueRequired");
        }
        if (ownerId != null) {
            people.requireRelated(actor, convening.getInitiativeId(), ownerId, "owner");
        }
        ConveningMinutes m = minutes.findByConveningId(conveningId)
                .orElseGet(() -> minutes.saveAndFlush(new ConveningMinutes(conveningId, clock.instant())));
        if (m.getStatus() == MinutesStatus.APPROVED) {
            throw new ValidationError("what", "minutes.error.frozen");
        }
        long id = queries.addAction(m.getId(), text, ownerId, due);
        audit.record("minutes.actionAdded", "minutes_action", id, convening.getInitiativeId(), null,
                "what=" + text + ", owner=" + ownerId + ", due=" + due);
        return id;
    }

    /**
     * Makes the action item an action item of a workgroup of the initiative ({@code workgroupId}; null: the
     * convening's host workgroup). Its owner must be a member there; the workgroup checks who may write its notes.
     */
    @Transactional
    public long toWorkgroupAction(long actionId, Long workgroupId) {
        Convening convening = conveningOf(actionId);
        host(convening);
        ActionRow action = unlinked(actionId);
        Long target = workgroupId != null ? workgroupId : convening.getHostWorkgroupId();
        if (target == null || workgroups.details(target).initiativeId() != convening.getInitiativeId()) {
            throw new ValidationError("workgroup", "minutes.error.noWorkgroup");
        }
        if (action.ownerId() == null) {
            throw new ValidationError("owner", "minutes.error.ownerRequired");
        }
        long noteId = notes.addNote(target, new NewNote(NoteKind.ACTION, action.what(),
                backLink(convening), LocalDate.now(clock), action.ownerId(), action.due()));
        queries.linkNote(actionId, noteId);
        audit.record("minutes.actionToWorkgroup", "minutes_action", actionId, convening.getInitiativeId(), null,
                "workgroupNote=" + noteId);
        return noteId;
    }

    /** Makes the action item a milestone of the initiative (coordinators: whoever manages the timeline). */
    @Transactional
    public long toMilestone(long actionId) {
        Convening convening = conveningOf(actionId);
        host(convening);
        ActionRow action = unlinked(actionId);
        long milestoneId = milestones.save(convening.getInitiativeId(), null, null, new MilestoneDraft(action.what(),
                backLink(convening), convening.getPhaseId(), convening.getHostWorkgroupId(), action.ownerId(), null,
                action.due(), MilestoneStatus.PLANNED, Set.of(), false)).id();
        queries.linkMilestone(actionId, milestoneId);
        audit.record("minutes.actionToMilestone", "minutes_action", actionId, convening.getInitiativeId(), null,
                "milestone=" + milestoneId);
        return milestoneId;
    }

    /** The initiative's workgroups an action item can go to, the host workgroup first. */
    public List<WorkgroupSummary> workgroups(long conveningId) {
        Convening convening = items.find(conveningId);
        host(convening);
        Long hostId = convening.getHostWorkgroupId();
        return workgroups.list(convening.getInitiativeId(), PageRequest.of(0, 200)).stream()
                .sorted(Comparator.comparing((WorkgroupSummary w) -> !Long.valueOf(w.id()).equals(hostId))).toList();
    }

    /** Who may own an action item: the initiative's people and the convening's attendees, by name or email. */
    public List<PersonRow> owners(long conveningId, String text, int offset, int limit) {
        Convening convening = items.find(conveningId);
        host(convening);
        String needle = (text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return queries.owners(convening.getInitiativeId(), conveningId, needle, offset, limit);
    }

    /** The Markdown the workgroup's action item or the milestone carries back to the minutes. */
    String backLink(Convening convening) {
        Object[] params = {convening.getTitle().replace("[", "(").replace("]", ")"),
            "/convenings/" + convening.getId() + "/minutes"};
        return i18n.getTranslation("minutes.fromMinutes", ConveneI18NProvider.ENGLISH, params) + "\n\n"
                + i18n.getTranslation("minutes.fromMinutes", ConveneI18NProvider.SPANISH, params);
    }

    private ActionRow unlinked(long actionId) {
        ActionRow action = queries.action(actionId).orElseThrow(() -> new NoSuchElementException("No action item"));
        if (action.workgroupNoteId() != null || action.milestoneId() != null) {
            throw new ValidationError("action", "minutes.error.alreadyLinked");
        }
        return action;
    }

    private Convening conveningOf(long actionId) {
        long minutesId = queries.minutesOfAction(actionId).orElseThrow(() -> new NoSuchElementException("No action item"));
        return items.find(minutes.findById(minutesId).orElseThrow().getConveningId());
    }

    private Actor host(Convening convening) {
        if (!access.of(convening).host()) {
            throw access.denied("write the minutes of convening " + convening.getId());
        }
        return authorization.currentActor().orElseThrow();
    }
}
