package app.convene.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import app.convene.search.SearchFacet;
import app.convene.search.SearchQuery;
import app.convene.search.SearchResult;
import app.convene.search.Snippet;

/**
 * One search: the reader's text, restricted inside the query to the initiative and to documents whose visibility
 * keys meet the reader's, then narrowed by the chosen facet values. Hits, the total, the facet counts and the
 * snippets all come from that one restricted query.
 */
final class Searching {

    private static final int FACET_VALUES = 100;

    private final QueryText queryText;
    private final Snippets snippets;
    private final FacetsConfig facets;
    private volatile SortedSetDocValuesReaderState facetState;

    Searching(Analyzer analyzer, FacetsConfig facets) {
        this.queryText = new QueryText(analyzer);
        this.snippets = new Snippets(analyzer);
        this.facets = facets;
    }

    SearchResult search(SearcherManager searchers, SearchQuery query) throws IOException {
        if (query.readerKeys().isEmpty()) {
            return SearchResult.empty();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Query text = queryText.parse(query.text());
            DrillDownQuery restricted = new DrillDownQuery(facets, new BooleanQuery.Builder()
                    .add(text, Occur.MUST)
                    .add(new TermQuery(new Term(LuceneDocuments.INITIATIVE, Long.toString(query.initiativeId()))),
                            Occur.FILTER)
                    .add(new TermInSetQuery(LuceneDocuments.VISIBILITY, query.readerKeys().stream()
                            .map(BytesRef::new).toList()), Occur.FILTER)
                    .build());
            query.filters().forEach((facet, values) -> values.forEach(v -> restricted.add(facet.dimension(), v)));
            int upTo = (query.page() + 1) * query.pageSize();
            FacetsCollectorManager.FacetsResult found =
                    FacetsCollectorManager.search(searcher, restricted, upTo, new FacetsCollectorManager());
            ScoreDoc[] page = Arrays.copyOfRange(found.topDocs().scoreDocs,
                    Math.min(query.page() * query.pageSize(), found.topDocs().scoreDocs.length),
                    found.topDocs().scoreDocs.length);
            int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
            HitFields hitFields = new HitFields(searcher.getIndexReader());
            List<Snippet> pageSnippets = snippets.of(searcher, hitFields, text, docIds);
            List<SearchResult.Hit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                hits.add(new SearchResult.Hit(hitFields.id(page[i].doc), page[i].score, pageSnippets.get(i)));
            }
            return new SearchResult(total(found.facetsCollector()), hits,
                    counts(searcher.getIndexReader(), found.facetsCollector()));
        } finally {
            searchers.release(searcher);
        }
    }

    private static long total(FacetsCollector collector) {
        return collector.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits()).sum();
    }

    private Map<SearchFacet, List<SearchResult.FacetCount>> counts(IndexReader reader, FacetsCollector collector)
            throws IOException {
        SortedSetDocValuesReaderState state = stateFor(reader);
        Map<SearchFacet, List<SearchResult.FacetCount>> counts = new EnumMap<>(SearchFacet.class);
        if (state == null) {
            return counts;
        }
        Set<String> indexed = new java.util.HashSet<>();
        state.getDims().forEach(indexed::add);
        SortedSetDocValuesFacetCounts facetCounts = new SortedSetDocValuesFacetCounts(state, collector);
        for (SearchFacet facet : SearchFacet.values()) {
            if (!indexed.contains(facet.dimension())) {
                continue;
            }
            FacetResult result = facetCounts.getTopChildren(FACET_VALUES, facet.dimension());
            if (result != null) {
                counts.put(facet, Arrays.stream(result.labelValues)
                        .map(lv -> new SearchResult.FacetCount(lv.label, lv.value.longValue()))
                        .collect(Collectors.toList()));
            }
        }
        return counts;
    }

    /** Facet ordinals per reader: built once for each reader the searchers open. */
    private SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state != null && state.getReader() == reader) {
            return state;
        }
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
        facetState = state;
        return state;
    }
}
