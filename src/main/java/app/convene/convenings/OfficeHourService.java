package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.OfficeHourQueries;
import app.convene.convenings.internal.OfficeHourQueries.BookingRow;
import app.convene.convenings.internal.OfficeHourQueries.SlotRow;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativePeople;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office hours (1:1): whoever manages an OFFICE_HOURS convening publishes an expert's slots in it; a member
 * books a slot for their own organization (that of their approved registration in the initiative; a
 * jurisdiction's office counts as the jurisdiction), managers for any of the initiative's organizations. Each
 * organization books up to an allowance per initiative and phase; one booking per slot and no organization in
 * two overlapping slots, held with the organization's lock and the slot's row locked. The booker, the expert and
 * the managers cancel; a cancellation frees the slot.
 */
@Service
@Transactional(readOnly = true)
public class OfficeHourService {

    private final OfficeHourQueries queries;
    private final ConveningItems items;
    private final ConveningAccess access;
    private final ConveningChecks checks;
    private final OfficeHourNotices notices;
    private final Authorization authorization;
    private final InitiativePeople people;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultAllowance;

    OfficeHourService(OfficeHourQueries queries, ConveningItems items, ConveningAccess access, ConveningChecks checks,
                      OfficeHourNotices notices, Authorization authorization, InitiativePeople people, AuditLog audit,
                      Clock clock, @Value("${convene.office-hours.allowance:4h}") Duration defaultAllowance) {
        this.queries = queries;
        this.items = items;
        this.access = access;
        this.checks = checks;
        this.notices = notices;
        this.authorization = authorization;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.defaultAllowance = (int) defaultAllowance.toMinutes();
    }

    /** What the office-hours part shows the reader; empty unless the convening is office hours they may see. */
    public record Board(long conveningId, long initiativeId, String title, ZoneId zone, boolean signedIn, boolean manager,
                        OfficeHourOrganization organization, int allowanceMinutes, int usedMinutes) {
        public int leftMinutes() {
            return Math.max(0, allowanceMinutes - usedMinutes);
        }
    }

    /** A slot as the reader sees it: the organization only for members; {@code ours}: booked by the reader's. */
    public record Slot(long id, Instant startsAt, int minutes, String expert, boolean booked, String organization,
                       boolean ours, boolean mayBook, boolean mayCancel, boolean mayWithdraw) {
    }

    /**
     * Publishes {@code count} back-to-back slots of {@code minutes} from {@code start} (the initiative's wall-clock
     * time) for the expert, a person of the initiative. Refused by the field: outside the convening's times, an
     * overlap with the expert's other slots, lengths and counts out of range. Returns the new slots' ids.
     */
    @Transactional
    public List<Long> publish(long conveningId, long expertId, LocalDateTime start, int minutes, int count) {
        Convening convening = managed(conveningId);
        Actor actor = authorization.currentActor().orElseThrow();
        if (start == null) {
            throw new ValidationError("start", "officeHours.error.required");
        }
        if (minutes < 5 || minutes > 480) {
            throw new ValidationError("minutes", "officeHours.error.minutes");
        }
        if (count < 1 || count > 24) {
            throw new ValidationError("count", "officeHours.error.count");
        }
        people.requireRelated(actor, convening.getInitiativeId(), expertId, "expert");
        Instant first = start.atZone(checks.zone(convening.getInitiativeId())).toInstant();
        Instant last = first.plus(Duration.ofMinutes((long) minutes * count));
        if (first.isBefore(convening.getStartsAt()) || last.isAfter(convening.getEndsAt())) {
            throw new ValidationError("start", "officeHours.error.outside");
        }
        queries.lockExpert(expertId);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant from = first.plus(Duration.ofMinutes((long) minutes * i));
            if (queries.expertBusy(expertId, from, from.plus(Duration.ofMinutes(minutes)))) {
                throw new ValidationError("start", "officeHours.error.expertBusy");
            }
            long id = queries.insertSlot(conveningId, expertId, from, minutes);
            audit.record("officeHours.published", "officeHourSlot", id, convening.getInitiativeId(), null,
                    "expert=" + expertId + ", starts=" + from + ", minutes=" + minutes);
            ids.add(id);
        }
        return ids;
    }

    /** Takes back a free slot (managers); a booked one must be cancelled first. */
    @Transactional
    public void withdraw(long slotId) {
        SlotRow slot = queries.lockSlot(slotId).orElseThrow();
        Convening convening = managed(slot.conveningId());
        if (queries.booking(slotId).isPresent()) {
            throw new ValidationError("slot", "officeHours.error.booked");
        }
        queries.deleteSlot(slotId);
        audit.record("officeHours.withdrawn", "officeHourSlot", slotId, convening.getInitiativeId(),
                "starts=" + slot.startsAt() + ", minutes=" + slot.minutes(), null);
    }

    /** The signed-in member books a slot for their own organization. Returns the booking's id. */
    @Transactional
    public long book(long slotId) {
        Actor actor = authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in to book office hours"));
        SlotRow slot = queries.slot(slotId).orElseThrow();
        Convening convening = items.visible(slot.conveningId());
        if (!authorization.can(Action.VIEW_MEMBER_CONVENINGS, convening.getInitiativeId())) {
            throw new AccessDeniedException(actor.name() + " is not a member of initiative " + convening.getInitiativeId());
        }
        OfficeHourOrganization organization = queries.organizationOf(convening.getInitiativeId(), actor.personId())
                .orElseThrow(() -> new ValidationError("slot", "officeHours.error.noOrganization"));
        return place(slotId, organization, actor.personId(), false);
    }

    /** A manager books a slot for one of the initiative's organizations (e.g. asked by phone), past ones too. */
    @Transactional
    public long bookFor(long slotId, long organizationId) {
        SlotRow slot = queries.slot(slotId).orElseThrow();
        Convening convening = managed(slot.conveningId());
        OfficeHourOrganization organization = queries.organizationIn(convening.getInitiativeId(), organizationId)
                .orElseThrow(() -> new ValidationError("organization", "officeHours.error.organization"));
        Actor actor = authorization.currentActor().orElseThrow();
        return place(slotId, organization, actor.isSystem() ? null : actor.personId(), true);
    }

    private long place(long slotId, OfficeHourOrganization organization, Long bookedBy, boolean pastAllowed) {
        queries.lockOrganization(organization.id());
        SlotRow slot = queries.lockSlot(slotId).orElseThrow();
        Convening convening = items.find(slot.conveningId());
        if (convening.getStatus() == ConveningStatus.CANCELLED) {
            throw new ValidationError("slot", "officeHours.error.cancelled");
        }
        if (!pastAllowed && !slot.startsAt().isAfter(clock.instant())) {
            throw new ValidationError("slot", "officeHours.error.past");
        }
        if (queries.booking(slotId).isPresent()) {
            throw new ValidationError("slot", "officeHours.error.taken");
        }
        if (queries.organizationBusy(organization.id(), slot.startsAt(), slot.endsAt())) {
            throw new ValidationError("slot", "officeHours.error.overlap", organization.name());
        }
        int allowance = allowance(convening);
        int used = queries.usedMinutes(organization.id(), convening.getInitiativeId(), convening.getPhaseId());
        if (used + slot.minutes() > allowance) {
            throw new ValidationError("slot", "officeHours.error.allowance", organization.name(), allowance,
                    Math.max(0, allowance - used));
        }
        long id = queries.insertBooking(slotId, organization.id(), bookedBy, clock.instant());
        audit.record("officeHours.booked", "officeHourBooking", id, convening.getInitiativeId(), null,
                "slot=" + slotId + ", organization=" + organization.name());
        notices.tell(convening, slot, organization.name(), bookedBy, bookedBy, true);
        return id;
    }

    /** Cancels the slot's booking: the person who booked it, the expert or the managers. The slot is free again. */
    @Transactional
    public void cancel(long slotId) {
        Actor actor = authorization.currentActor()
                .orElseThrow(() -> new AccessDeniedException("Sign in to cancel office hours"));
        SlotRow slot = queries.lockSlot(slotId).orElseThrow();
        Convening convening = items.find(slot.conveningId());
        BookingRow booking = queries.booking(slotId)
                .orElseThrow(() -> new ValidationError("slot", "officeHours.error.notBooked"));
        Long me = actor.isSystem() ? null : actor.personId();
        boolean side = me != null && (me.equals(booking.bookedBy()) || me == slot.expertId());
        if (!side && !access.mayManage(convening)) {
            throw new AccessDeniedException(actor.name() + " may not cancel the booking of slot " + slotId);
        }
        queries.cancelBooking(booking.id(), me, clock.instant());
        String organization = queries.organizationIn(convening.getInitiativeId(), booking.organizationId())
                .map(OfficeHourOrganization::name).orElse("");
        audit.record(actor, "officeHours.cancelled", "officeHourBooking", booking.id(), convening.getInitiativeId(),
                "BOOKED", "CANCELLED");
        notices.tell(convening, slot, organization, booking.bookedBy(), me, false);
    }

    /** Sets the minutes each organization may book in the convening's initiative and phase (managers). */
    @Transactional
    public void setAllowance(long conveningId, int minutes) {
        Convening convening = managed(conveningId);
        if (minutes < 0 || minutes > 100_000) {
            throw new ValidationError("allowance", "officeHours.error.allowanceRange");
        }
        int before = allowance(convening);
        queries.setAllowance(convening.getInitiativeId(), convening.getPhaseId(), minutes);
        audit.record("officeHours.allowanceSet", "convening", conveningId, convening.getInitiativeId(),
                "minutes=" + before, "minutes=" + minutes + ", phase=" + convening.getPhaseId());
    }

    /** The part's facts for the reader; empty when the convening is not office hours or not theirs to see. */
    public Optional<Board> board(long conveningId) {
        if (!access.maySee(conveningId)) {
            return Optional.empty();
        }
        Convening c = items.find(conveningId);
        if (c.getKind() != ConveningKind.OFFICE_HOURS) {
            return Optional.empty();
        }
        OfficeHourOrganization organization = member(c) ? me().flatMap(p -> queries.organizationOf(c.getInitiativeId(), p))
                .orElse(null) : null;
        int used = organization == null ? 0
                : queries.usedMinutes(organization.id(), c.getInitiativeId(), c.getPhaseId());
        return Optional.of(new Board(conveningId, c.getInitiativeId(), c.getTitle(), checks.zone(c.getInitiativeId()), me().isPresent(),
                access.mayManage(c), organization, allowance(c), used));
    }

    /** One page of the convening's slots in time order, as the reader may see them. */
    public List<Slot> slots(long conveningId, int offset, int limit) {
        Convening c = items.visible(conveningId);
        boolean member = member(c);
        boolean manager = access.mayManage(c);
        Optional<Long> me = me();
        Long mine = member ? me.flatMap(p -> queries.organizationOf(c.getInitiativeId(), p))
                .map(OfficeHourOrganization::id).orElse(null) : null;
        boolean open = c.getStatus() == ConveningStatus.SCHEDULED && mine != null;
        Instant now = clock.instant();
        return queries.slots(conveningId, offset, Math.min(limit, 500)).stream().map(s -> {
            boolean booked = s.bookingId() != null;
            boolean ours = booked && s.organizationId().equals(mine);
            boolean side = booked && me.isPresent() && (me.get().equals(s.bookedBy()) || me.get() == s.expertId());
            return new Slot(s.id(), s.startsAt(), s.minutes(), s.expert(), booked,
                    member || manager ? s.organization() : null, ours, !booked && open && s.startsAt().isAfter(now),
                    booked && (side || manager),
                    !booked && manager);
        }).toList();
    }

    /** Minutes booked per organization in the convening's initiative and phase, with the allowance (managers). */
    public List<OfficeHourQueries.Usage> usage(long conveningId) {
        Convening c = managed(conveningId);
        return queries.usage(c.getInitiativeId(), c.getPhaseId());
    }

    /** The initiative's organizations a manager may book for, by name. */
    public List<OfficeHourOrganization> organizations(long conveningId, String text, int offset, int limit) {
        Convening c = managed(conveningId);
        return queries.organizationsOf(c.getInitiativeId(), text == null ? "" : text.strip(), offset,
                Math.min(limit, 100));
    }

    private int allowance(Convening c) {
        return queries.allowance(c.getInitiativeId(), c.getPhaseId()).orElse(defaultAllowance);
    }

    private boolean member(Convening c) {
        return authorization.can(Action.VIEW_MEMBER_CONVENINGS, c.getInitiativeId());
    }

    private Optional<Long> me() {
        return authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId);
    }

    private Convening managed(long conveningId) {
        Convening convening = items.find(conveningId);
        if (!access.mayManage(convening)) {
            throw access.refused("manage the office hours of convening " + conveningId);
        }
        if (convening.getKind() != ConveningKind.OFFICE_HOURS) {
            throw new ValidationError(null, "officeHours.error.notOfficeHours");
        }
        return convening;
    }
}
