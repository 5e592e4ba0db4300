package app.convene.convenings;

import app.convene.convenings.internal.ConveningQueries;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.workgroups.WorkgroupService;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What a convening and its agenda must be before they are saved; each refusal names its field. */
@Component
class ConveningChecks {

    static final int TITLE = 200;
    static final int DESCRIPTION = 10_000;
    static final int VENUE = 300;
    static final int ADDRESS = 500;
    static final int ACCESS_NOTES = 2_000;
    static final int LINK = 1_000;
    static final int AGENDA_TITLE = 300;
    static final int PRESENTER = 200;

    private final ConveningQueries queries;
    private final WorkgroupService workgroups;
    private final InitiativeDirectory initiatives;
    private final Clock clock;

    ConveningChecks(ConveningQueries queries, WorkgroupService workgroups, InitiativeDirectory initiatives, Clock clock) {
        this.queries = queries;
        this.workgroups = workgroups;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    /** The instants a draft's wall-clock times mean in the initiative. */
    record Times(Instant start, Instant end, Instant deadline) {
    }

    ZoneId zone(long initiativeId) {
        return queries.timeZone(initiativeId).map(ZoneId::of).orElse(clock.getZone());
    }

    /**
     * Checks the draft for the initiative ({@code conveningId}: the convening it changes, null for a new one).
     *
     * @throws ValidationError by the field: a missing value, an over-long text, an invalid link, the end before the
     *         start, a deadline after the start, a capacity below the seats already confirmed, workgroup visibility
     *         without a host workgroup, a workgroup or phase of another initiative
     */
    Times check(long initiativeId, Long conveningId, ConveningDraft draft) {
        FreeText.checked(draft);
        required("kind", draft.kind());
        if (draft.title() == null || draft.title().isBlank()) {
            throw new ValidationError("title", "convening.error.title");
        }
        length("title", draft.title().strip(), TITLE);
        length("description", draft.description(), DESCRIPTION);
        required("start", draft.start());
        required("end", draft.end());
        required("format", draft.format());
        required("visibility", draft.visibility());
        length("venue", draft.venue(), VENUE);
        length("address", draft.address(), ADDRESS);
        length("accessNotes", draft.accessNotes(), ACCESS_NOTES);
        link("onlineLink", draft.onlineLink());
        ZoneId zone = zone(initiativeId);
        Times times = new Times(at(draft.start(), zone), at(draft.end(), zone), at(draft.rsvpDeadline(), zone));
        if (!times.end().isAfter(times.start())) {
            throw new ValidationError("end", "convening.error.endBeforeStart");
        }
        if (times.deadline() != null && times.deadline().isAfter(times.start())) {
            throw new ValidationError("rsvpDeadline", "convening.error.deadlineAfterStart");
        }
        if (draft.capacity() != null) {
            if (draft.capacity() < 1) {
                throw new ValidationError("capacity", "convening.error.capacity");
            }
            int confirmed = conveningId == null ? 0 : queries.confirmed(conveningId);
            if (draft.capacity() < confirmed) {
                throw new ValidationError("capacity", "convening.error.belowConfirmed", confirmed);
            }
        }
        if (draft.visibility() == ConveningVisibility.WORKGROUP && draft.hostWorkgroupId() == null) {
            throw new ValidationError("hostWorkgroup", "convening.error.hostWorkgroupRequired");
        }
        if (draft.hostWorkgroupId() != null
                && workgroups.details(draft.hostWorkgroupId()).initiativeId() != initiativeId) {
            throw new ValidationError("hostWorkgroup", "convening.error.hostWorkgroup");
        }
        if (draft.phaseId() != null && initiatives.findById(initiativeId).orElseThrow().phases().stream()
                .noneMatch(p -> p.id() == draft.phaseId())) {
            throw new ValidationError("phase", "convening.error.phase");
        }
        return times;
    }

    /** An agenda's items: each titled, with a positive number of minutes, short texts and a valid link. */
    void checkAgenda(List<AgendaItemDraft> items) {
        for (AgendaItemDraft item : items) {
            FreeText.checked(item);
            if (item.title() == null || item.title().isBlank()) {
                throw new ValidationError("agendaTitle", "convening.error.agendaTitle");
            }
            length("agendaTitle", item.title(), AGENDA_TITLE);
            if (item.minutes() < 1 || item.minutes() > 24 * 60) {
                throw new ValidationError("agendaMinutes", "convening.error.agendaMinutes");
            }
            length("agendaPresenter", item.presenter(), PRESENTER);
            length("agendaPreWorkTitle", item.preWorkTitle(), AGENDA_TITLE);
            link("agendaPreWorkUrl", item.preWorkUrl());
        }
    }

    private static Instant at(LocalDateTime time, ZoneId zone) {
        return time == null ? null : time.atZone(zone).toInstant();
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new ValidationError(field, "convening.error.required");
        }
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationError(field, "convening.error.tooLong", max);
        }
    }

    /** A web address people can open: http or https with a host, at most 1,000 characters. */
    static void link(String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        length(field, value, LINK);
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ValidationError(field, "convening.error.link");
            }
        } catch (URISyntaxException e) {
            throw new ValidationError(field, "convening.error.link");
        }
    }
}
