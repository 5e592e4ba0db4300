package app.convene.convenings;

import app.convene.convenings.internal.AttendanceQueries;
import app.convene.convenings.internal.AttendanceQueries.Entry;
import app.convene.convenings.internal.AttendanceQueries.RsvpFacts;
import app.convene.convenings.internal.RsvpQueries;
import app.convene.convenings.internal.RsvpQueries.ConveningRow;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativePeople;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance: the hosts of a convening (whoever may manage it) check people in from the RSVPs, undo a
 * check-in and add walk-ins (a person of the initiative, or a guest by name); counted per person and per
 * organization. Self check-in with the convening's code is {@link CheckInCodes}.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final AttendanceQueries attendance;
    private final RsvpQueries rsvps;
    private final ConveningAccess access;
    private final Authorization authorization;
    private final InitiativePeople people;
    private final PersonService persons;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceService(AttendanceQueries attendance, RsvpQueries rsvps, ConveningAccess access,
                      Authorization authorization, InitiativePeople people, PersonService persons, AuditLog audit,
                      Clock clock) {
        this.attendance = attendance;
        this.rsvps = rsvps;
        this.access = access;
        this.authorization = authorization;
        this.people = people;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** A walk-in: a person of the initiative ({@code personId}), or a guest by name, optional email and organization. */
    public record WalkIn(Long personId, String name, String email, String organization) {
    }

    /** Attendances of a convening: how many, and how many per organization (none given under the null key). */
    public record Rollup(int total, Map<String, Integer> byOrganization) {
        public long organizations() {
            return byOrganization.keySet().stream().filter(o -> o != null).count();
        }
    }

    /** The convening's title for its hosts; empty for anyone else (the page is "not found"). */
    public Optional<String> titleForHosts(long conveningId) {
        return access.mayManage(conveningId) ? rsvps.convening(conveningId).map(ConveningRow::title) : Optional.empty();
    }

    /** Checks in the person (or guest) of an RSVP, confirmed or waiting; returns the attendance's id. */
    @Transactional
    public long checkIn(long rsvpId) {
        RsvpFacts rsvp = attendance.rsvp(rsvpId).orElseThrow(() -> new AccessDeniedException("No RSVP " + rsvpId));
        ConveningRow convening = host(rsvp.conveningId());
        if (!RsvpStatus.CONFIRMED.name().equals(rsvp.status()) && !RsvpStatus.WAITLISTED.name().equals(rsvp.status())) {
            throw new ValidationError("attendance", "attendance.error.noRsvp");
        }
        return record(convening, rsvp.id(), rsvp.personId(), rsvp.personId() == null ? rsvp.guestName() : null,
                rsvp.personId() == null ? rsvp.guestEmail() : null, rsvp.organization(), "LIST");
    }

    /** Takes back a check-in (a mistake). */
    @Transactional
    public void undo(long attendanceId) {
        long conveningId = attendance.conveningOf(attendanceId)
                .orElseThrow(() -> new ValidationError("attendance", "attendance.error.notCheckedIn"));
        ConveningRow convening = host(conveningId);
        attendance.remove(attendanceId);
        audit.record("attendance.undone", "attendance", attendanceId, convening.initiativeId(), "checked in", null);
    }

    /** Adds someone who came without an RSVP; returns the attendance's id. */
    @Transactional
    public long walkIn(long conveningId, WalkIn walkIn) {
        ConveningRow convening = host(conveningId);
        String organization = optional("organization", walkIn.organization(), 300);
        if (walkIn.personId() != null) {
            Actor actor = authorization.currentActor().orElseThrow();
            people.requireRelated(actor, convening.initiativeId(), walkIn.personId(), "person");
            return record(convening, attendance.activeRsvp(conveningId, walkIn.personId()).orElse(null),
                    walkIn.personId(), null, null, organization, "WALK_IN");
        }
        String name = optional("name", walkIn.name(), 200);
        if (name == null) {
            throw new ValidationError("name", "attendance.error.required");
        }
        String email = optional("email", walkIn.email(), 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new ValidationError("email", "rsvp.error.email");
        }
        return record(convening, null, null, name, email, organization, "WALK_IN");
    }

    /** One page of the check-in list (RSVPs, confirmed first, then walk-ins), by part of name, email or organization. */
    public List<Entry> entries(long conveningId, String text, int offset, int limit) {
        host(conveningId);
        String needle = text == null ? "" : text.strip();
        return attendance.entries(conveningId, needle.length() > 200 ? needle.substring(0, 200) : needle, offset,
                Math.min(limit, 500));
    }

    /** Counts per organization, for the hosts. */
    public Rollup rollup(long conveningId) {
        host(conveningId);
        Map<String, Integer> counts = attendance.byOrganization(conveningId);
        return new Rollup(counts.values().stream().mapToInt(Integer::intValue).sum(), counts);
    }

    /** How many convenings the signed-in person attended. */
    public int attendedByMe() {
        Actor actor = authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in to see your attendance"));
        return attendance.attendedBy(actor.personId());
    }

    /** People of the convening's initiative to add as walk-ins, by part of name or email (hosts only). */
    public Slice<PersonSummary> members(long conveningId, String text, Pageable pageable) {
        ConveningRow convening = host(conveningId);
        Actor actor = authorization.currentActor().orElseThrow();
        Slice<PersonSummary> found = Authorization.runAsSystem(() -> persons.search(convening.initiativeId(), text,
                pageable));
        List<PersonSummary> related = found.getContent().stream().filter(p -> related(actor, convening, p)).toList();
        return new SliceImpl<>(related, pageable, found.hasNext());
    }

    private boolean related(Actor actor, ConveningRow convening, PersonSummary person) {
        try {
            people.requireRelated(actor, convening.initiativeId(), person.id(), "person");
            return true;
        } catch (ValidationError e) {
            return false;
        }
    }

    /** Records an attendance (the convening checked by the caller); refused by the field when already there. */
    long record(ConveningRow convening, Long rsvpId, Long personId, String guestName, String guestEmail,
                String organization, String method) {
        if (ConveningStatus.CANCELLED.name().equals(convening.status())) {
            throw new ValidationError("attendance", "attendance.error.cancelled");
        }
        Long by = authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId).orElse(null);
        String organizationNow = organization != null || personId == null ? organization
                : attendance.organizationOf(personId, convening.initiativeId()).orElse(null);
        if (personId != null && attendance.attended(convening.id(), personId, rsvpId)) {
            throw new ValidationError("attendance", "attendance.error.already");
        }
        long id = attendance.add(convening.id(), rsvpId, personId, guestName, guestEmail, organizationNow, method,
                by, clock.instant()).orElseThrow(() -> new ValidationError("attendance", "attendance.error.already"));
        audit.record("attendance.checkedIn", "attendance", id, convening.initiativeId(), null, method);
        return id;
    }

    private ConveningRow host(long conveningId) {
        if (!access.mayManage(conveningId)) {
            throw access.refused("take attendance at convening " + conveningId);
        }
        return rsvps.convening(conveningId).orElseThrow();
    }

    private static String optional(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new ValidationError(field, "rsvp.error.tooLong", max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
