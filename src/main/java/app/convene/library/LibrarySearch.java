package app.convene.library;

import app.convene.library.internal.LibraryIndexQueries;
import app.convene.library.internal.LibraryResultQueries;
import app.convene.search.SearchFacet;
import app.convene.search.SearchIndex;
import app.convene.search.SearchQuery;
import app.convene.search.SearchResult;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's search box: ranked results inside one initiative, limited to what the reader may see now. The
 * reader's visibility keys come from their CURRENT roles ({@code public}; {@code members:<initiative>} for anyone
 * with a role; {@code committee:<initiative>} for the committee and coordinators; {@code workgroup:<id>} for each
 * of their workgroups, every workgroup for coordinators and administrators).
 */
@Service
public class LibrarySearch {

    private final ResourceAccess access;
    private final LibraryIndexQueries queries;
    private final SearchIndex index;
    private final LibraryResultQueries results;

    LibrarySearch(ResourceAccess access, LibraryIndexQueries queries, @Lazy SearchIndex index,
                  LibraryResultQueries results) {
        this.access = access;
        this.queries = queries;
        this.index = index;
        this.results = results;
    }

    /** One page of results (page counts from 0); nothing when the reader may not browse the initiative's library. */
    @Transactional(readOnly = true)
    public SearchResult search(long initiativeId, String text, Map<SearchFacet, Set<String>> filters, int page,
                               int pageSize) {
        if (!access.mayBrowse(initiativeId)) {
            return SearchResult.empty();
        }
        return index.search(new SearchQuery(initiativeId, text, keys(initiativeId), filters, page, pageSize));
    }

    /**
     * One page of results (page counts from 0) as the library's page shows them: {@link #search} with each hit's
     * resource, topics and the version its snippet came from. A hit whose resource the reader may no longer see (the
     * index catches up a few seconds after a change) is left out.
     */
    @Transactional(readOnly = true)
    public LibraryResults results(long initiativeId, String text, Map<SearchFacet, Set<String>> filters, int page,
                                  int pageSize) {
        if (!access.mayBrowse(initiativeId)) {
            return LibraryResults.empty(page, pageSize);
        }
        SearchResult found = search(initiativeId, text, filters, page, pageSize);
        return LibraryHits.of(found, page, pageSize, results, initiativeId, access.reader(initiativeId));
    }

    private Set<String> keys(long initiativeId) {
        app.convene.library.internal.LibraryQueries.Reader reader = access.reader(initiativeId);
        Set<String> keys = new HashSet<>();
        keys.add("public");
        if (reader.everything() || reader.member()) {
            keys.add("members:" + initiativeId);
            queries.workgroups(initiativeId, reader.everything() ? null : reader.personId())
                    .forEach(workgroup -> keys.add("workgroup:" + workgroup));
        }
        if (reader.everything() || reader.committee()) {
            keys.add("committee:" + initiativeId);
        }
        return keys;
    }
}
