package app.convene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.convene.search.SearchDocument.Passage;
import app.convene.search.internal.LuceneSearchIndex;

/** The Lucene index on a real folder: ranking, languages, query forms, snippets, facets, visibility, rebuild. */
class LuceneSearchIndexTest {

    private static final long WEI = 1;
    private static final Set<String> VISITOR = Set.of("public");
    private static final Set<String> MEMBER = Set.of("public", "members:1");
    private static final Set<String> WORKGROUP_MEMBER = Set.of("public", "members:1", "workgroup:7");
    private static final Set<String> COMMITTEE = Set.of("public", "members:1", "committee:1");

    @TempDir
    Path folder;
    private SearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(folder);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchDocument doc(String id, String key, String title, String description, String type,
                                      String language, List<String> tags, String... passages) {
        return new SearchDocument(id, WEI, Set.of(key), title, description, tags, type, language, null,
                Stream.of(passages).map(p -> new Passage("v-" + id, p)).toList());
    }

    private List<String> ids(String text, Set<String> keys) {
        return index.search(SearchQuery.of(WEI, text, keys)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void aTitleHitRanksAboveAHitInTheTextOnly() {
        index.index(doc("body", "public", "Meeting notes", "Notes of March", "report", "EN", List.of(),
                "We discussed apprenticeship programs at length, among many other things of the coalition."));
        index.index(doc("title", "public", "Apprenticeship programs guide", "A guide", "tool", "EN", List.of()));

        assertThat(ids("apprenticeship", VISITOR)).containsExactly("title", "body");
    }

    @Test
    void spanishStemsAndAccentsAreFoldedBothWays() {
        index.index(doc("es", "public", "Resumen", "Resumen en español", "report", "ES", List.of(),
                "La educación de los trabajadores mejora los salarios de las comunidades."));
        index.index(doc("en", "public", "Wages", "Summary", "report", "EN", List.of(),
                "Employers who train their workers see better retention."));

        assertThat(ids("educacion", VISITOR)).containsExactly("es");
        assertThat(ids("educación", VISITOR)).containsExactly("es");
        assertThat(ids("trabajador", VISITOR)).containsExactly("es");
        assertThat(ids("salario comunidad", VISITOR)).containsExactly("es");
        assertThat(ids("worker training", VISITOR)).containsExactly("en");
    }

    @Test
    void phrasesMustMatchInOrderAndPrefixesMatchWordStarts() {
        index.index(doc("a", "public", "One", "", "tool", "EN", List.of(), "sample procurement clause for cities"));
        index.index(doc("b", "public", "Two", "", "tool", "EN", List.of(), "clause about procurement and sample"));

        assertThat(ids("\"procurement clause\"", VISITOR)).containsExactly("a");
        assertThat(ids("procurement clause", VISITOR)).containsExactlyInAnyOrder("a", "b");
        assertThat(ids("procur*", VISITOR)).containsExactlyInAnyOrder("a", "b");
        assertThat(ids("citi*", VISITOR)).containsExactly("a");
        assertThat(ids("field:value (unbalanced \"quote", VISITOR)).isEmpty();
    }

    @Test
    void theSnippetHighlightsTheMatchingPassageAndNamesItsSource() {
        index.index(new SearchDocument("r", WEI, VISITOR, "Handbook", "About the handbook", List.of(), "report",
                "EN", null, List.of(new Passage("v1:p1", "Chapter one is about scheduling practices."),
                        new Passage("v2:p4", "Portable benefits help gig workers keep health coverage."))));

        SearchResult.Hit hit = index.search(SearchQuery.of(WEI, "benefits", VISITOR)).hits().getFirst();

        assertThat(hit.snippet().source()).isEqualTo("v2:p4");
        assertThat(hit.snippet().highlighted()).containsExactly("benefits");
        assertThat(hit.snippet().plainText()).contains("Portable benefits help gig workers").doesNotContain("Chapter");
    }

    @Test
    void aMatchDeepInALongFileStillGetsItsSnippet() {
        List<Passage> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= 40; page++) {
            pages.add(new Passage("v1:p" + page, "Routine text about meetings and agendas. ".repeat(25)));
        }
        pages.add(new Passage("v1:p41", "The sample procurement clause sets a living wage floor."));
        index.index(new SearchDocument("long", WEI, VISITOR, "Report", "A long report", List.of(), "report", "EN",
                null, pages));

        Snippet snippet = index.search(SearchQuery.of(WEI, "procurement", VISITOR)).hits().getFirst().snippet();

        assertThat(snippet.source()).isEqualTo("v1:p41");
        assertThat(snippet.highlighted()).containsExactly("procurement");
    }

    @Test
    void aLongPassageIsCutAroundItsMatchesOnWordBoundaries() {
        String before = "Routine words about meetings and agendas fill this page. ".repeat(20);
        String after = " Further routine words about rooms and chairs close this page.".repeat(20);
        index.index(new SearchDocument("cut", WEI, VISITOR, "Report", "A report", List.of(), "report", "EN", null,
                List.of(new Passage("v1:p1", before + "The sample procurement clause sets a floor." + after))));

        Snippet snippet = index.search(SearchQuery.of(WEI, "procurement", VISITOR)).hits().getFirst().snippet();

        assertThat(snippet.highlighted()).containsExactly("procurement");
        assertThat(snippet.plainText()).hasSizeLessThanOrEqualTo(250).startsWith("…").endsWith("…")
                .contains("The sample procurement clause sets a floor.");
        String text = before + "The sample procurement clause sets a floor." + after;
        String inner = snippet.plainText().substring(1, snippet.plainText().length() - 1);
        int at = text.indexOf(inner);
        assertThat(at).as("the snippet is a piece of the passage").isPositive();
        assertThat(Character.isWhitespace(text.charAt(at - 1))).as("it starts at a word").isTrue();
        assertThat(Character.isWhitespace(text.charAt(at + inner.length()))).as("it ends after a word").isTrue();
    }

    @Test
    void theSourceNamesTheRightPassageWhenAnEmptyPassageComesFirst() {
        index.index(new SearchDocument("gaps", WEI, VISITOR, "Scan", "A scanned file", List.of(), "report", "EN",
                null, List.of(new Passage("v1:p1", "   "), new Passage("v1:p2", "Cover page"),
                        new Passage("v1:p3", "Apprenticeship programs pay while people learn."))));

        Snippet snippet = index.search(SearchQuery.of(WEI, "apprenticeship", VISITOR)).hits().getFirst().snippet();

        assertThat(snippet.source()).isEqualTo("v1:p3");
        assertThat(snippet.highlighted()).containsExactly("Apprenticeship");
    }

    @Test
    void facetsCountTheHitsAndFiltersNarrowThem() {
        index.index(doc("1", "public", "Wage study", "", "report", "EN", List.of("Wages", "Policy"), "wage data"));
        index.index(doc("2", "public", "Wage template", "", "template", "EN", List.of("Wages"), "wage table"));
        index.index(doc("3", "public", "Estudio de salarios", "", "report", "ES", List.of("Wages"), "wage"));

        SearchResult all = index.search(SearchQuery.of(WEI, "wage", VISITOR));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facet(SearchFacet.TYPE)).containsExactlyInAnyOrder(
                new SearchResult.FacetCount("report", 2), new SearchResult.FacetCount("template", 1));
        assertThat(all.facet(SearchFacet.TAG)).containsExactlyInAnyOrder(
                new SearchResult.FacetCount("Wages", 3), new SearchResult.FacetCount("Policy", 1));
        assertThat(all.facet(SearchFacet.LANGUAGE)).contains(new SearchResult.FacetCount("ES", 1));

        SearchResult reports = index.search(SearchQuery.of(WEI, "wage", VISITOR)
                .withFilter(SearchFacet.TYPE, "report"));
        assertThat(reports.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("1", "3");
        assertThat(reports.facet(SearchFacet.TAG)).contains(new SearchResult.FacetCount("Wages", 2));

        SearchResult secondPage = index.search(SearchQuery.of(WEI, "wage", VISITOR).withPage(1, 2));
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.hits()).hasSize(1);
    }

    @Test
    void visibilityHoldsInHitsCountsFacetsAndSnippetsAtEveryLevel() {
        index.index(doc("pub", "public", "Secret-free plan", "", "report", "EN", List.of("Voice"), "budget public"));
        index.index(doc("mem", "members:1", "Members plan", "", "tool", "EN", List.of("Scheduling"), "budget members"));
        index.index(doc("wg", "workgroup:7", "Workgroup plan", "", "data", "EN", List.of("Benefits"), "budget wg"));
        index.index(doc("com", "committee:1", "Committee plan", "", "slides", "EN", List.of("Dignity"),
                "budget committee only"));
        index.index(new SearchDocument("other", 2, Set.of("public"), "Other initiative", "", List.of(), "report",
                "EN", null, List.of(new Passage("x", "budget elsewhere"))));

        assertSees(VISITOR, Set.of("pub"), "report", "Voice");
        assertSees(MEMBER, Set.of("pub", "mem"), "tool", "Scheduling");
        assertSees(WORKGROUP_MEMBER, Set.of("pub", "mem", "wg"), "data", "Benefits");
        assertSees(COMMITTEE, Set.of("pub", "mem", "com"), "slides", "Dignity");
        assertThat(index.search(SearchQuery.of(WEI, "budget", Set.of())).total()).isZero();
    }

    private void assertSees(Set<String> keys, Set<String> visible, String ownType, String ownTag) {
        SearchResult result = index.search(SearchQuery.of(WEI, "budget", keys));
        assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(result.total()).isEqualTo(visible.size());
        assertThat(result.facet(SearchFacet.TYPE)).extracting(SearchResult.FacetCount::value).contains(ownType)
                .hasSize(visible.size());
        assertThat(result.facet(SearchFacet.TAG)).extracting(SearchResult.FacetCount::value).contains(ownTag)
                .hasSize(visible.size());
        assertThat(result.facet(SearchFacet.TYPE).stream().mapToLong(SearchResult.FacetCount::count).sum())
                .isEqualTo(visible.size());
        assertThat(result.hits()).allSatisfy(hit -> {
            assertThat(hit.snippet().plainText()).doesNotContain("elsewhere");
            if (!visible.contains("com")) {
                assertThat(hit.snippet().plainText()).doesNotContain("committee only");
            }
        });
        assertThat(index.search(SearchQuery.of(WEI, "committee", keys)).total())
                .isEqualTo(visible.contains("com") ? 1 : 0);
    }

    @Test
    void replacingAndRemovingADocumentTakesEffectAtOnce() {
        index.index(doc("r", "public", "Draft", "", "report", "EN", List.of(), "first wording"));
        index.index(doc("r", "public", "Final", "", "report", "EN", List.of(), "second wording"));
        assertThat(ids("first", VISITOR)).isEmpty();
        assertThat(ids("second", VISITOR)).containsExactly("r");

        index.remove("r");
        assertThat(ids("wording", VISITOR)).isEmpty();
    }

    @Test
    void aDeletedIndexAsksForARebuildAndTheRebuildReplacesEverything() throws Exception {
        assertThat(index.needsRebuild()).isTrue();
        index.index(doc("old", "public", "Stale", "", "report", "EN", List.of(), "stale text"));
        index.rebuild(Stream.of(doc("new", "public", "Fresh", "", "report", "EN", List.of(), "fresh text")));
        assertThat(index.needsRebuild()).isFalse();
        assertThat(ids("stale", VISITOR)).isEmpty();
        assertThat(ids("fresh", VISITOR)).containsExactly("new");

        index.close();
        index = new LuceneSearchIndex(folder);
        assertThat(index.needsRebuild()).isFalse();
        assertThat(ids("fresh", VISITOR)).containsExactly("new");

        index.close();
        try (Stream<Path> paths = java.nio.file.Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
        index = new LuceneSearchIndex(folder);
        assertThat(index.needsRebuild()).isTrue();
        assertThat(ids("fresh", VISITOR)).isEmpty();
        index.rebuild(Stream.of(doc("new", "public", "Fresh", "", "report", "EN", List.of(), "fresh text")));
        assertThat(ids("fresh", VISITOR)).containsExactly("new");
    }

    @Test
    void anIndexOfAnOlderFormatIsRemovedAndRebuilt() throws Exception {
        index.close();
        java.nio.file.Files.createDirectories(folder.resolve("v0/index-old"));
        index = new LuceneSearchIndex(folder);
        assertThat(folder.resolve("v0")).doesNotExist();
        assertThat(folder.resolve("v" + LuceneSearchIndex.FORMAT_VERSION)).isDirectory();
    }
}
