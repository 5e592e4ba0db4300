package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.ConveningRepository;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** Rows as readers see them, and the lookups every service of the module shares. */
@Component
class ConveningItems {

    private final ConveningRepository convenings;
    private final ConveningChecks checks;
    private final ConveningAccess access;

    ConveningItems(ConveningRepository convenings, ConveningChecks checks, ConveningAccess access) {
        this.convenings = convenings;
        this.checks = checks;
        this.access = access;
    }

    Convening find(long conveningId) {
        return convenings.findById(conveningId).orElseThrow(() -> new NoSuchElementException("No convening " + conveningId));
    }

    /** The stored row if the current reader may see it; else refused as the matrix expects. */
    Convening visible(long conveningId) {
        Convening convening = find(conveningId);
        if (!access.maySee(convening)) {
            throw access.refused("see convening " + conveningId);
        }
        return convening;
    }

    ConveningItem of(Convening c) {
        return of(c, checks.zone(c.getInitiativeId()));
    }

    static ConveningItem of(Convening c, ZoneId zone) {
        return new ConveningItem(c.getId(), c.getVersion(), c.getInitiativeId(), c.getSeriesId(), c.getKind(),
                c.getTitle(), c.getDescription(), c.getStartsAt(), c.getEndsAt(), zone, c.getFormat(), c.getVenue(),
                c.getAddress(), c.getAccessNotes(), c.getCapacity(), c.getRsvpDeadline(), c.getVisibility(),
                c.getHostWorkgroupId(), c.getPhaseId(), c.getStatus(), c.getSequence());
    }

    static String describe(Convening c) {
        return "title=" + c.getTitle() + ", starts=" + c.getStartsAt() + ", ends=" + c.getEndsAt() + ", format="
                + c.getFormat() + ", venue=" + c.getVenue() + ", capacity=" + c.getCapacity() + ", visibility="
                + c.getVisibility() + ", status=" + c.getStatus() + ", sequence=" + c.getSequence();
    }
}
