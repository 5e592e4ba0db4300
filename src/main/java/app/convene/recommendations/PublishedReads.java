package app.convene.recommendations;

import app.convene.recommendations.internal.PublishedQueries;
import app.convene.shared.database.SharedReads;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * The published recommendations as every reader sees them (public text), read once per data version for every
 * request that asks ({@link SharedReads}, decision 81): the initiative page lists their first page at every visit.
 */
@Component
class PublishedReads {

    private final PublishedQueries queries;
    private final SharedReads shared;

    PublishedReads(PublishedQueries queries, SharedReads shared) {
        this.queries = queries;
        this.shared = shared;
    }

    List<PublishedRecommendation> published(long initiativeId) {
        return shared.get(new All(initiativeId), () -> List.copyOf(queries.published(initiativeId)));
    }

    Slice<PublishedRecommendation> published(long initiativeId, Pageable page) {
        return shared.slice(new Page(initiativeId, page.getOffset(), page.getPageSize()), page,
                () -> queries.published(initiativeId, page));
    }

    private record All(long initiativeId) {
    }

    private record Page(long initiativeId, long offset, int size) {
    }
}
