package app.convene.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The drawing's structure: well-formed SVG with the right bars, labels, titles and arrows. */
class TimelineSvgTest {

    static final LocalDate TODAY = LocalDate.of(2021, 6, 15);
    final TimelineSvg.Labels labels = new TimelineSvg.Labels("Timeline of WEI", "Today",
            s -> s.name().toLowerCase().replace('_', ' '), Locale.ENGLISH, "outside its phase");

    MilestoneItem milestone(long id, String title, LocalDate start, LocalDate due, MilestoneStatus status, Set<Long> deps) {
        return milestone(10L, id, title, start, due, status, deps);
    }

    MilestoneItem milestone(long phase, long id, String title, LocalDate start, LocalDate due, MilestoneStatus status,
                            Set<Long> deps) {
        return new MilestoneItem(id, 0, 1, phase, title, null, null, null, null, null, start, due, status, null, true, deps);
    }

    Document draw(TimelineSvg.Zoom zoom) throws Exception {
        String svg = TimelineSvg.render(
                List.of(new PhaseRef(10, "Phase 1", LocalDate.of(2020, 7, 1), LocalDate.of(2021, 3, 31)),
                        new PhaseRef(11, "Phase 2 & <research>", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31))),
                List.of(milestone(1, "Steering committee formed", LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30),
                                MilestoneStatus.DONE, Set.of()),
                        milestone(11, 2, "Research plan", null, LocalDate.of(2021, 4, 15), MilestoneStatus.AT_RISK, Set.of(1L)),
                        milestone(11, 3, "Listening sessions", LocalDate.of(2021, 5, 1), LocalDate.of(2021, 7, 31),
                                MilestoneStatus.BLOCKED, Set.of(2L))),
                TODAY, zoom, labels);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsPhasesMilestonesTodayAndDependenciesWithAccessibleTitles() throws Exception {
        Document svg = draw(TimelineSvg.Zoom.MONTH);
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Timeline of WEI");

        assertThat(byClass(svg, "tl-phase")).hasSize(2);
        assertThat(byClass(svg, "tl-milestone")).hasSize(3);
        assertThat(byClass(svg, "tl-bar")).as("milestones with a start are bars").hasSize(2);
        assertThat(byClass(svg, "tl-diamond")).as("a milestone with only a due date is a diamond").hasSize(1);
        assertThat(byClass(svg, "tl-dependency")).hasSize(2);
        assertThat(byClass(svg, "tl-today")).hasSize(1);

        List<String> titles = byClass(svg, "tl-milestone").stream()
                .map(g -> g.getElementsByTagName("title").item(0).getTextContent()).toList();
        assertThat(titles).containsExactly("Steering committee formed — done, 2020-09-30",
                "Research plan — at risk, 2021-04-15", "Listening sessions — blocked, 2021-07-31");
        List<String> statusLabels = byClass(svg, "tl-status").stream().map(Element::getTextContent).toList();
        assertThat(statusLabels).containsExactly("✓ done", "at risk", "blocked");
        assertThat(svg.getElementsByTagName("text").item(0).getTextContent()).isNotBlank();
    }

    @Test
    void statusesDifferByPatternNotOnlyColourAndTextIsEscaped() throws Exception {
        Document svg = draw(TimelineSvg.Zoom.QUARTER);
        String atRisk = byClass(svg, "tl-diamond").getFirst().getAttribute("fill");
        String blocked = byClass(svg, "tl-bar").get(1).getAttribute("fill");
        assertThat(atRisk).isEqualTo("url(#tl-hatch)");
        assertThat(blocked).isEqualTo("url(#tl-cross)");
        assertThat(byClass(svg, "tl-phase").get(1).getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("Phase 2 & <research>");
    }

    @Test
    void quarterZoomIsNarrowerThanMonthZoom() throws Exception {
        int month = Integer.parseInt(draw(TimelineSvg.Zoom.MONTH).getDocumentElement().getAttribute("width"));
        int quarter = Integer.parseInt(draw(TimelineSvg.Zoom.QUARTER).getDocumentElement().getAttribute("width"));
        assertThat(quarter).isLessThan(month);
    }

    @Test
    void aPlanLongPastIsDrawnWithoutTodayAndLongPlansSuggestQuarters() throws Exception {
        String svg = TimelineSvg.render(List.of(new PhaseRef(1, "Old", LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31))),
                List.of(), LocalDate.of(2026, 11, 21), TimelineSvg.Zoom.MONTH, labels);
        assertThat(svg).doesNotContain("tl-today");
        assertThat(TimelineSvg.suggestedZoom(List.of(new PhaseRef(1, "Old", LocalDate.of(2020, 7, 1),
                LocalDate.of(2021, 12, 31))), List.of())).isEqualTo(TimelineSvg.Zoom.QUARTER);
        assertThat(TimelineSvg.suggestedZoom(List.of(new PhaseRef(1, "Short", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 11, 30))), List.of())).isEqualTo(TimelineSvg.Zoom.MONTH);
    }

    @Test
    void aMilestoneOutsideItsPhaseCarriesAVisibleMarkAndSaysSoInItsTitle() throws Exception {
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                TimelineSvg.render(List.of(new PhaseRef(10, "Phase 3", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
                        List.of(milestone(1, "Action plan", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31),
                                        MilestoneStatus.IN_PROGRESS, Set.of()),
                                milestone(2, "Pathway inventory", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31),
                                        MilestoneStatus.IN_PROGRESS, Set.of())),
                        LocalDate.of(2026, 12, 1), TimelineSvg.Zoom.QUARTER, labels).getBytes(StandardCharsets.UTF_8)));

        List<Element> milestones = byClass(svg, "tl-milestone");
        assertThat(byClass(svg, "tl-outside")).containsExactly(milestones.get(1));
        assertThat(milestones.get(1).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Pathway inventory — in progress, 2026-12-31 — outside its phase (Phase 3: 2024-01-01 – 2024-12-31)");
        assertThat(byClass(svg, "tl-outside-mark")).singleElement()
                .satisfies(mark -> assertThat(mark.getTextContent()).isEqualTo(" · ⚠ outside its phase"));
        assertThat(milestones.get(0).getElementsByTagName("title").item(0).getTextContent()).doesNotContain("outside");
    }

    @Test
    void aCancelledMilestoneIsStruckThroughAndLabelled() throws Exception {
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                TimelineSvg.render(List.of(), List.of(milestone(1, "Dropped survey", null, LocalDate.of(2021, 5, 1),
                        MilestoneStatus.CANCELLED, Set.of())), TODAY, TimelineSvg.Zoom.MONTH, labels)
                        .getBytes(StandardCharsets.UTF_8)));

        Element cancelled = byClass(svg, "tl-milestone").getFirst();
        assertThat(cancelled.getAttribute("class")).contains("tl-cancelled");
        assertThat(cancelled.getElementsByTagName("text").item(0).getAttributes().getNamedItem("text-decoration")
                .getNodeValue()).isEqualTo("line-through");
        assertThat(byClass(svg, "tl-strike")).hasSize(1);
        assertThat(byClass(svg, "tl-status").getFirst().getTextContent()).isEqualTo("✕ cancelled");
    }

    static List<Element> byClass(Document svg, String cls) {
        List<Element> found = new java.util.ArrayList<>();
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }
}
