package app.convene.convenings;

import app.convene.convenings.internal.ConveningRepository;
import app.convene.shared.database.SharedReads;
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
    private final SharedReads shared;

    ConveningLists(ConveningRepository convenings, ConveningAccess access, ConveningChecks checks, Clock clock,
                   SharedReads shared) {
        this.convenings = convenings;
        this.shared = shared;
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
     * whether there are upcoming and past ones, then lists the first page of each. Shared by requests while the
     * database is unchanged ({@link SharedReads}, decision 67), as items (never entities); who may see which is
     * decided for each reader.
     */
    private List<ConveningItem> all(long initiativeId) {
        return RequestMemo.get(new AllOf(initiativeId), () -> shared.get(new AllOf(initiativeId), () -> {
            ZoneId zone = checks.zone(initiativeId);
            return convenings.findByInitiative(initiativeId).stream().map(c -> ConveningItems.of(c, zone)).toList();
        }));
    }

    private record AllOf(long initiativeId) {
    }

    private Slice<ConveningItem> page(long initiativeId, boolean upcoming, Pageable pageable,
                                      Predicate<ConveningItem> shown) {
        Instant now = clock.instant();
        Comparator<ConveningItem> order = Comparator.comparing(ConveningItem::startsAt).thenComparing(ConveningItem::id);
        List<ConveningItem> matching = all(initiativeId).stream()
                .filter(c -> c.endsAt().isAfter(now) == upcoming)
                .sorted(upcoming ? order : order.reversed())
                .filter(shown)
                .limit(pageable.getOffset() + pageable.getPageSize() + 1L)
                .toList();
        List<ConveningItem> content = matching.stream().skip(pageable.getOffset()).limit(pageable.getPageSize())
                .toList();
        return new SliceImpl<>(content, pageable, matching.size() > pageable.getOffset() + pageable.getPageSize());
    }
}
