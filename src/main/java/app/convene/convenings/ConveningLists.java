package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.ConveningRepository;
import app.convene.shared.ui.RequestMemo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An initiative's convenings a page at a time: upcoming ones (not yet ended) soonest first, past ones latest
 * first; either those the reader may see (the initiative page) or those they manage (the editor).
 */
@Service
@Transactional(readOnly = true)
public class ConveningLists {

    private final ConveningRepository convenings;
    private final ConveningAccess access;
    private final ConveningChecks checks;
    private final Clock clock;

    ConveningLists(ConveningRepository convenings, ConveningAccess access, ConveningChecks checks, Clock clock) {
        this.convenings = convenings;
        this.access = access;
        this.checks = checks;
        this.clock = clock;
    }

    /** Convenings of the initiative the current reader (or visitor) may see. */
    public Slice<ConveningItem> visible(long initiativeId, boolean upcoming, Pageable pageable) {
        return page(initiativeId, upcoming, pageable, access::maySee);
    }

    /** Convenings of the initiative the current person manages (none for others). */
    public Slice<ConveningItem> managed(long initiativeId, boolean upcoming, Pageable pageable) {
        return page(initiativeId, upcoming, pageable, access::mayManage);
    }

    /** Whether the current person may add convenings in the initiative (coordinators; workgroup leads, hosted by theirs). */
    public boolean mayCreate(long initiativeId, List<Long> workgroupIds) {
        return access.mayManageIn(initiativeId, null) || workgroupIds.stream().anyMatch(w -> access.mayManageIn(initiativeId, w));
    }

    /**
     * The initiative's convenings as this request read them (RequestMemo, decision 0057): the initiative page asks
     * whether there are upcoming and past ones, then lists the first page of each. Only read here, never changed.
     */
    private List<Convening> all(long initiativeId) {
        return RequestMemo.get(new AllOf(initiativeId), () -> List.copyOf(convenings.findByInitiative(initiativeId)));
    }

    private record AllOf(long initiativeId) {
    }

    private Slice<ConveningItem> page(long initiativeId, boolean upcoming, Pageable pageable, Predicate<Convening> shown) {
        Instant now = clock.instant();
        ZoneId zone = checks.zone(initiativeId);
        Comparator<Convening> order = Comparator.comparing(Convening::getStartsAt).thenComparing(Convening::getId);
        List<Convening> matching = all(initiativeId).stream()
                .filter(c -> c.getEndsAt().isAfter(now) == upcoming)
                .sorted(upcoming ? order : order.reversed())
                .filter(shown)
                .limit(pageable.getOffset() + pageable.getPageSize() + 1L)
                .toList();
        List<ConveningItem> content = matching.stream().skip(pageable.getOffset()).limit(pageable.getPageSize())
                .map(c -> ConveningItems.of(c, zone)).toList();
        return new SliceImpl<>(content, pageable, matching.size() > pageable.getOffset() + pageable.getPageSize());
    }
}
