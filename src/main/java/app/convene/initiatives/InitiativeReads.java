package app.convene.initiatives;

import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import app.convene.shared.database.SharedReads;
import app.convene.shared.ui.RequestMemo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An initiative as one request read it (RequestMemo, decisions 0056 and 0057): its page, the page's sections and
 * the other modules ask for it by address and by id, as details, as a reference and as its texts in the reader's
 * language; one load answers them all. The reads of a request live in one map kept by {@link RequestMemo}, so a
 * committed write forgets them with everything else the request kept; a load is shared with other requests while the
 * database is unchanged ({@link SharedReads}, decision 67: the read is immutable and the same for every reader).
 * Callers run in a transaction (the lazy goals and phases are read while loading).
 */
final class InitiativeReads {

    /** What one load of an initiative answers; {@code translated} is null when it has no second language. */
    record Read(InitiativeDetails details, InitiativeRef ref, String translationLanguage, PublicContent original,
                PublicContent translated) {

        /** The texts in the reader's language, the original where there is no translation. */
        PublicContent content(String readerLanguage) {
            return translationLanguage != null && translationLanguage.equals(readerLanguage) ? translated : original;
        }
    }

    private record Reads() {
    }

    private record BySlug(String slug) {
    }

    private record ById(long id) {
    }

    private InitiativeReads() {
    }

    static Optional<Read> bySlug(InitiativeRepository initiatives, SharedReads shared, String slug) {
        Map<Object, Optional<Read>> reads = reads();
        Optional<Read> known = reads.get(new BySlug(slug));
        return known != null ? known : remember(reads, shared.get(new BySlug(slug),
                () -> initiatives.findBySlug(slug).map(InitiativeReads::of)), new BySlug(slug));
    }

    static Optional<Read> byId(InitiativeRepository initiatives, SharedReads shared, long id) {
        Map<Object, Optional<Read>> reads = reads();
        Optional<Read> known = reads.get(id);
        return known != null ? known : remember(reads, shared.get(new ById(id),
                () -> initiatives.findById(id).map(InitiativeReads::of)), id);
    }

    /** What this request has read of the initiative already, without reading it. */
    static Optional<Read> known(long id) {
        Optional<Read> known = reads().get(id);
        return known == null ? Optional.empty() : known;
    }

    /**
     * The map of this request or push publication (a new one outside both: nothing kept); concurrent, as a
     * publication's refreshes may run on several threads (decision 71).
     */
    private static Map<Object, Optional<Read>> reads() {
        return RequestMemo.get(new Reads(), ConcurrentHashMap::new);
    }

    private static Optional<Read> remember(Map<Object, Optional<Read>> reads, Optional<Read> read, Object key) {
        reads.put(key, read);
        read.ifPresent(r -> {
            reads.put(r.details().id(), read);
            reads.put(new BySlug(r.details().slug()), read);
        });
        return read;
    }

    private static Read of(Initiative i) {
        String translation = InitiativeContentService.translationLanguage(i);
        return new Read(details(i), ref(i), translation, InitiativeContentService.localize(i, null),
                translation == null ? null : InitiativeContentService.localize(i, translation));
    }

    private static InitiativeRef ref(Initiative i) {
        return new InitiativeRef(i.getId(), i.getSlug(), i.getName(),
                i.getGoals().stream().map(g -> new GoalRef(g.getId(), g.getTitle(), g.isRetired())).toList(),
                i.getPhases().stream().map(p -> new PhaseRef(p.getId(), p.getName(), p.getStartDate(), p.getEndDate()))
                        .toList());
    }

    private static InitiativeDetails details(Initiative i) {
        return new InitiativeDetails(i.getId(), i.getSlug(), i.getName(), i.getRegion(), i.getSummary(),
                i.getVision(), i.getMission(),
                i.getGoals().stream()
                        .map(g -> new InitiativeDetails.Goal(g.getId(), g.getPosition(), g.getTitle(),
                                g.getDescription(), List.copyOf(g.getStrategies())))
                        .toList(),
                i.getPhases().stream()
                        .map(p -> new InitiativeDetails.PhaseInfo(p.getId(), p.getPosition(), p.getName(),
                                p.getDescription(), p.getStartDate(), p.getEndDate()))
                        .toList(),
                i.getStatus(), i.getTimeZone(), i.getLanguages());
    }
}
