package app.convene.convenings;

import app.convene.convenings.ConveningChecks.Times;
import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.ConveningRepository;
import app.convene.convenings.internal.ConveningSeries;
import app.convene.convenings.internal.ConveningSeriesRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convenings and series: coordinators manage all of an initiative's, the leads of a workgroup the meetings it
 * hosts. A move or a cancellation concerns one occurrence alone and never drops its RSVPs (cancelled ones stay);
 * every change of time, place or status raises the RFC 5546 sequence the calendar part sends.
 */
@Service
@Transactional(readOnly = true)
public class ConveningService {

    private final ConveningRepository convenings;
    private final ConveningSeriesRepository series;
    private final ConveningChecks checks;
    private final ConveningItems items;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;

    ConveningService(ConveningRepository convenings, ConveningSeriesRepository series, ConveningChecks checks,
                     ConveningItems items, Authorization authorization, AuditLog audit, Clock clock) {
        this.convenings = convenings;
        this.series = series;
        this.checks = checks;
        this.items = items;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a convening (coordinators; leads for a meeting their workgroup hosts). */
    @Transactional
    public long create(long initiativeId, ConveningDraft draft) {
        Actor actor = requireManage(initiativeId, draft.hostWorkgroupId());
        return write(new Convening(initiativeId, null, actor.isSystem() ? null : actor.personId()), initiativeId, draft,
                "convening.created");
    }

    /**
     * Adds a series: one occurrence per date, each at the first occurrence's time of day and length, with the RSVP
     * deadline as long before it as the first one's. Returns the occurrences' ids in date order.
     */
    @Transactional
    public List<Long> createSeries(long initiativeId, String seriesTitle, ConveningDraft first, List<LocalDate> dates) {
        Actor actor = requireManage(initiativeId, first.hostWorkgroupId());
        String title = seriesTitle == null ? "" : seriesTitle.strip();
        if (title.isEmpty() || title.length() > ConveningChecks.TITLE) {
            throw new ValidationError("seriesTitle", "convening.error.title");
        }
        if (dates.isEmpty() || dates.size() > 52) {
            throw new ValidationError("occurrences", "convening.error.occurrences");
        }
        checks.check(initiativeId, null, first);
        long seriesId = series.saveAndFlush(new ConveningSeries(initiativeId, title)).getId();
        List<Long> ids = new ArrayList<>();
        for (LocalDate date : dates) {
            ids.add(write(new Convening(initiativeId, seriesId, actor.isSystem() ? null : actor.personId()), initiativeId,
                    onDate(first, first, date), "convening.created"));
        }
        audit.record("convening.seriesCreated", "conveningSeries", seriesId, initiativeId, null,
                "title=" + title + ", occurrences=" + dates);
        return ids;
    }

    /** Changes one convening (or one occurrence alone): its text, time, place, capacity, audience. */
    @Transactional
    public void update(long conveningId, long expectedVersion, ConveningDraft draft) {
        Convening convening = manageable(conveningId, expectedVersion);
        requireManage(convening.getInitiativeId(), draft.hostWorkgroupId());
        write(convening, convening.getInitiativeId(), draft, "convening.updated");
    }

    /** Moves one convening (one occurrence alone) to other times; the RSVP deadline moves with it. RSVPs stay. */
    @Transactional
    public void move(long conveningId, long expectedVersion, LocalDateTime start, LocalDateTime end) {
        ConveningDraft now = forEditing(conveningId);
        LocalDateTime deadline = now.rsvpDeadline() == null || start == null ? now.rsvpDeadline()
                : start.minus(Duration.between(now.rsvpDeadline(), now.start()));
        update(conveningId, expectedVersion, now.at(start, end, deadline));
    }

    /** Cancels one convening (one occurrence alone): it stays, marked cancelled, with its RSVPs. */
    @Transactional
    public void cancel(long conveningId, long expectedVersion) {
        Convening convening = manageable(conveningId, expectedVersion);
        String before = ConveningItems.describe(convening);
        convening.cancel();
        convenings.saveAndFlush(convening);
        audit.record("convening.cancelled", "convening", conveningId, convening.getInitiativeId(), before,
                ConveningItems.describe(convening));
    }

    /**
     * Changes every future scheduled occurrence of a series: each keeps its date and own title and takes the draft's
     * time of day, length, place, capacity and audience; the series takes the draft's title. Past and cancelled
     * occurrences stay as they were. Returns how many occurrences changed.
     */
    @Transactional
    public int changeSeries(long seriesId, ConveningDraft draft) {
        ConveningSeries held = series.findById(seriesId).orElseThrow();
        requireManage(held.getInitiativeId(), draft.hostWorkgroupId());
        checks.check(held.getInitiativeId(), null, draft);
        ZoneId zone = checks.zone(held.getInitiativeId());
        int changed = 0;
        for (Convening occurrence : convenings.findBySeries(seriesId)) {
            if (occurrence.getStatus() == ConveningStatus.CANCELLED || !occurrence.getStartsAt().isAfter(clock.instant())) {
                continue;
            }
            requireManage(occurrence.getInitiativeId(), occurrence.getHostWorkgroupId());
            LocalDate date = occurrence.getStartsAt().atZone(zone).toLocalDate();
            write(occurrence, held.getInitiativeId(), onDate(draft, draft.titled(occurrence.getTitle()), date),
                    "convening.updated");
            changed++;
        }
        held.rename(draft.title().strip());
        series.saveAndFlush(held);
        audit.record("convening.seriesChanged", "conveningSeries", seriesId, held.getInitiativeId(), null,
                "title=" + held.getTitle() + ", occurrences=" + changed);
        return changed;
    }

    /** The convening as its editor fills it in (with the online link), for those who manage it. */
    public ConveningDraft forEditing(long conveningId) {
        Convening c = items.find(conveningId);
        requireManage(c.getInitiativeId(), c.getHostWorkgroupId());
        ZoneId zone = checks.zone(c.getInitiativeId());
        return new ConveningDraft(c.getKind(), c.getTitle(), c.getDescription(),
                LocalDateTime.ofInstant(c.getStartsAt(), zone), LocalDateTime.ofInstant(c.getEndsAt(), zone),
                c.getFormat(), c.getVenue(), c.getAddress(), c.getAccessNotes(), c.getOnlineLink(), c.getCapacity(),
                c.getRsvpDeadline() == null ? null : LocalDateTime.ofInstant(c.getRsvpDeadline(), zone),
                c.getVisibility(), c.getHostWorkgroupId(), c.getPhaseId());
    }

    /** A convening the current reader may see (refused otherwise). */
    public ConveningItem get(long conveningId) {
        return items.of(items.visible(conveningId));
    }

    /** The title of a series (of a convening the reader may see). */
    public String seriesTitle(long conveningId) {
        Convening c = items.visible(conveningId);
        return c.getSeriesId() == null ? null : series.findById(c.getSeriesId()).map(ConveningSeries::getTitle).orElse(null);
    }

    private long write(Convening convening, long initiativeId, ConveningDraft draft, String action) {
        Times times = checks.check(initiativeId, convening.getId(), draft);
        String before = convening.getId() == null ? null : ConveningItems.describe(convening);
        convening.describe(draft.kind(), draft.title().strip(), blank(draft.description()), draft.capacity(),
                times.deadline(), draft.visibility(), draft.hostWorkgroupId(), draft.phaseId());
        convening.schedule(times.start(), times.end(), draft.format(), blank(draft.venue()), blank(draft.address()),
                blank(draft.accessNotes()), blank(draft.onlineLink()));
        Convening saved = convenings.saveAndFlush(convening);
        audit.record(action, "convening", saved.getId(), initiativeId, before, ConveningItems.describe(saved));
        return saved.getId();
    }

    /** The template's time of day, length and deadline distance, on another date. */
    private static ConveningDraft onDate(ConveningDraft template, ConveningDraft target, LocalDate date) {
        LocalDateTime start = date.atTime(template.start().toLocalTime());
        LocalDateTime end = start.plus(Duration.between(template.start(), template.end()));
        LocalDateTime deadline = template.rsvpDeadline() == null ? null
                : start.minus(Duration.between(template.rsvpDeadline(), template.start()));
        return target.at(start, end, deadline);
    }

    private Convening manageable(long conveningId, long expectedVersion) {
        Convening convening = items.find(conveningId);
        requireManage(convening.getInitiativeId(), convening.getHostWorkgroupId());
        if (convening.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The convening changed since it was opened");
        }
        return convening;
    }

    private Actor requireManage(long initiativeId, Long hostWorkgroupId) {
        if (hostWorkgroupId != null && authorization.canInWorkgroup(Action.MANAGE_CONVENINGS, hostWorkgroupId)) {
            return authorization.currentActor().orElseThrow();
        }
        return authorization.check(Action.MANAGE_CONVENINGS, initiativeId);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
