package app.convene.convenings;

import app.convene.convenings.internal.AttendanceQueries;
import app.convene.convenings.internal.AttendanceQueries.Code;
import app.convene.convenings.internal.RsvpQueries;
import app.convene.convenings.internal.RsvpQueries.ConveningRow;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self check-in code of a convening: six characters without look-alikes (no 0/O, 1/I/L), one per
 * convening (a new one replaces it), accepted from {@code convene.attendance.code-opens-before} before the
 * start until {@code convene.attendance.code-closes-after} after the end. Only a salted SHA-256 is kept and
 * compared in constant time; a person who enters wrong codes too often waits (see {@link CheckInAttempts}).
 */
@Service
@Transactional(readOnly = true)
public class CheckInCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttendanceQueries attendance;
    private final RsvpQueries rsvps;
    private final ConveningAccess access;
    private final AttendanceService service;
    private final CheckInAttempts attempts;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration opensBefore;
    private final Duration closesAfter;

    CheckInCodes(AttendanceQueries attendance, RsvpQueries rsvps, ConveningAccess access, AttendanceService service,
                 CheckInAttempts attempts, Authorization authorization, AuditLog audit, Clock clock,
                 @Value("${convene.attendance.code-opens-before:1h}") Duration opensBefore,
                 @Value("${convene.attendance.code-closes-after:1h}") Duration closesAfter) {
        this.attendance = attendance;
        this.rsvps = rsvps;
        this.access = access;
        this.service = service;
        this.attempts = attempts;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
        this.opensBefore = opensBefore;
        this.closesAfter = closesAfter;
    }

    /** A wrong code, refused by the field; the check-in's transaction commits the count of it nevertheless. */
    static final class WrongCode extends ValidationError {
        WrongCode() {
            super("code", "attendance.error.codeWrong");
        }
    }

    /** A code just made, to show the room, with the window it is accepted in. */
    public record OpenCode(String code, Instant validFrom, Instant validUntil) {
    }

    /** The window of the convening's code (the code itself is not kept); whether it is accepted now. */
    public record Window(Instant validFrom, Instant validUntil, boolean openNow) {
    }

    /** Makes the convening's code (replacing any earlier one), for its hosts. */
    @Transactional
    public OpenCode open(long conveningId) {
        if (!access.mayManage(conveningId)) {
            throw access.refused("open the check-in code of convening " + conveningId);
        }
        ConveningRow convening = rsvps.convening(conveningId).orElseThrow();
        Instant from = convening.startsAt().minus(opensBefore);
        Instant until = convening.endsAt().plus(closesAfter);
        if (ConveningStatus.CANCELLED.name().equals(convening.status())) {
            throw new ValidationError("code", "attendance.error.cancelled");
        }
        if (!clock.instant().isBefore(until)) {
            throw new ValidationError("code", "attendance.error.over");
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Long by = authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId).orElse(null);
        attendance.saveCode(conveningId, hash(conveningId, code.toString()), from, until, by, clock.instant());
        audit.record("attendance.codeOpened", "convening", conveningId, convening.initiativeId(), null, until.toString());
        return new OpenCode(code.toString(), from, until);
    }

    /** The code's window, for whoever may see the convening; empty when there is no code. */
    public Optional<Window> window(long conveningId) {
        if (!access.maySee(conveningId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return attendance.code(conveningId).map(c -> new Window(c.validFrom(), c.validUntil(),
                !now.isBefore(c.validFrom()) && now.isBefore(c.validUntil())));
    }

    /** Whether the signed-in reader is checked in to the convening. */
    public boolean checkedIn(long conveningId) {
        Optional<Long> person = authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId);
        return person.isPresent() && access.maySee(conveningId) && attendance.attended(conveningId, person.get(), null);
    }

    /**
     * The signed-in person checks themself in with the code shown in the room; refused by the field
     * ({@code code}) when it is wrong, outside its window, or after too many wrong tries. A wrong code commits
     * (nothing but its count was written), so the count holds on every node.
     */
    @Transactional(noRollbackFor = WrongCode.class)
    public void enter(long conveningId, String code) {
        Actor actor = authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in to check in"));
        if (!access.maySee(conveningId)) {
            throw new AccessDeniedException(actor.name() + " may not see convening " + conveningId);
        }
        attempts.requireAllowed(actor.personId());
        Optional<Code> stored = attendance.code(conveningId);
        String given = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (stored.isEmpty() || !MessageDigest.isEqual(stored.get().hash().getBytes(StandardCharsets.US_ASCII),
                hash(conveningId, given).getBytes(StandardCharsets.US_ASCII))) {
            attempts.failed(actor.personId());
            throw new WrongCode();
        }
        Instant now = clock.instant();
        if (now.isBefore(stored.get().validFrom()) || !now.isBefore(stored.get().validUntil())) {
            throw new ValidationError("code", "attendance.error.codeExpired");
        }
        if (attendance.attended(conveningId, actor.personId(), null)) {
            return;
        }
        ConveningRow convening = rsvps.convening(conveningId).orElseThrow();
        service.record(convening, attendance.activeRsvp(conveningId, actor.personId()).orElse(null), actor.personId(),
                null, null, null, "CODE");
    }

    /** The stored form of a code: SHA-256 of the convening's id and the code. */
    static String hash(long conveningId, String code) {
        return RsvpTokens.hash("check-in:" + conveningId + ":" + code);
    }
}
