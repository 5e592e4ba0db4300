package app.convene.search.internal;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import app.convene.search.SearchDocument;
import app.convene.search.SearchFacet;

/** How a {@link SearchDocument} is laid out in the index. */
final class LuceneDocuments {

    static final String ID = "id";
    static final String INITIATIVE = "initiative";
    static final String VISIBILITY = "visibility";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    static final String TEXT = "text";
    /** The passages' sources in order, joined by U+0000, as doc values: read per hit without the stored text. */
    static final String SOURCE = "source";
    static final Set<String> SNIPPET_FIELDS = Set.of(DESCRIPTION);

    /** Stored, analyzed, with offsets in the postings so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_TYPE = textType();

    private LuceneDocuments() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(SearchFacet.TAG.dimension(), true);
        return config;
    }

    static Document toLucene(SearchDocument source, FacetsConfig config) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, source.id(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(ID, new BytesRef(source.id())));
        doc.add(new StringField(INITIATIVE, Long.toString(source.initiativeId()), Field.Store.NO));
        source.visibilityKeys().forEach(key -> doc.add(new StringField(VISIBILITY, key, Field.Store.NO)));
        addText(doc, TITLE, source.title());
        addText(doc, DESCRIPTION, source.description());
        source.tags().forEach(tag -> addText(doc, TAGS, tag));
        StringBuilder sources = new StringBuilder();
        for (SearchDocument.Passage passage : source.passages()) {
            if (!passage.text().isBlank()) {
                addText(doc, TEXT, clean(passage.text()));
                sources.append(sources.isEmpty() ? "" : "\u0000").append(clean(passage.source()));
            }
        }
        doc.add(new BinaryDocValuesField(SOURCE, new BytesRef(sources)));
        addFacet(doc, SearchFacet.TYPE, source.type());
        addFacet(doc, SearchFacet.LANGUAGE, source.language());
        addFacet(doc, SearchFacet.WORKGROUP, source.workgroup());
        source.tags().forEach(tag -> addFacet(doc, SearchFacet.TAG, tag));
        return config.build(doc);
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, TEXT_TYPE));
        }
    }

    private static void addFacet(Document doc, SearchFacet facet, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
        }
    }

    /** The highlighter joins a field's values with U+0000, so the text must not hold one itself. */
    private static String clean(String text) {
        return text.replace('\u0000', ' ');
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
