package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.NotFoundView;
import app.convene.support.ConveneTest;
import app.convene.support.PageHtml;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** The public pages as a visitor meets them, without a browser, on the demo content. */
@ConveneTest
class PublicPagesViewTest extends SpringBrowserlessTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;


    @Test
    void homeListsTheFourInitiativesWithLinksToTheirPages() {
        navigate(HomeView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Initiatives");
        List<Anchor> links = $(Anchor.class).withCondition(a -> a.getHref().startsWith("initiatives/")).all();
        assertThat(links).extracting(Anchor::getText).containsExactly(
                "California Workforce Development Worker Equity Initiative (WEI)", "Equity@Work",
                "Good Jobs & Equity Project", "Puget Sound Workforce Intermediary");
        assertThat(links).extracting(Anchor::getHref).contains("initiatives/equity-at-work");
        // Four fit on the first page: the "show more" button is hidden (queries find visible components only).
        assertThat($(Button.class).withText("Show more initiatives").exists()).isFalse();
    }

    @Test
    void initiativePageShowsGoalsPhasesAndPartners() {
        navigate("initiatives/worker-equity-initiative", InitiativeView.class);

        assertThat(PageHtml.texts(UI.getCurrent(), "h1"))
                .containsExactly("California Workforce Development Worker Equity Initiative (WEI)");
        List<String> headings = PageHtml.texts(UI.getCurrent(), "h2");
        assertThat(headings).contains("Vision", "Mission", "4 strategic goals", "Phases", "10 partner organizations");
        List<String> subheadings = PageHtml.texts(UI.getCurrent(), "h3");
        assertThat(subheadings).contains("Strategic recommendations to LWDA", "Phase 1: co-design and planning",
                "Phase 2: joint learning and research", "Phase 3: strategic recommendations");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .startsWith("California Workforce Development Worker Equity Initiative (WEI)");
    }

    @Test
    void partnersArePagedFromTheDatabaseWithShowMore() {
        navigate("initiatives/good-jobs-equity-project", InitiativeView.class);

        assertThat(PageHtml.texts(UI.getCurrent(), "h2")).contains("21 partner organizations");
        // Grouped by role: the lead, then the cohort's first page of twelve.
        assertThat(PageHtml.texts(UI.getCurrent(), "#partners h3"))
                .containsSubsequence("Lead organization (1)", "Cohort member (20)");
        Button more = $(Button.class).withText("Show more partners").single();
        assertThat(more.isVisible()).isTrue();
        assertThat(PageHtml.texts(UI.getCurrent(), "span.cv-partner-name")).hasSize(1 + 12); // one page of each group

        test(more).click();

        assertThat(PageHtml.texts(UI.getCurrent(), "span.cv-partner-name")).hasSize(21);
        assertThat($(Button.class).withText("Show more partners").exists()).isFalse();
    }

    /** Issue 14: the tri-county coalition lists its partners by county, then by role. */
    @Test
    void pugetSoundListsItsPartnersByCountyThenByRole() {
        navigate("initiatives/puget-sound-workforce-intermediary", InitiativeView.class);

        assertThat(PageHtml.texts(UI.getCurrent(), "#partners h3")).containsExactly(
                "King County", "Pierce County", "Snohomish County", "No county named");
        assertThat(PageHtml.texts(UI.getCurrent(), "#partners h4")).containsExactly(
                "Lead organization (1)", "Regional partner (1)", "Regional partner (1)", "Regional partner (1)",
                "Regional partner (1)");
        assertThat(PageHtml.texts(UI.getCurrent(), "span.cv-partner-name")).containsExactly(
                        "Puget Sound Regional Workforce Council (example)", "King County (WA)", "Pierce County",
                        "Snohomish County", "WorkSource");
    }

    @Test
    void phasesShowHowManyOfTheirPublicMilestonesAreDone() {
        navigate("initiatives/good-jobs-equity-project", InitiativeView.class);
        assertThat(PageHtml.texts(UI.getCurrent(), "span.cv-phase-progress")).containsExactly("1 of 1 public milestones done", "2 of 2 public milestones done");
        assertThat(PageHtml.texts(UI.getCurrent(), ".cv-public-milestones li").stream()
                .filter(t -> t.contains("Six monthly virtual sessions")).toList()).singleElement().asString().startsWith("✓ Six monthly virtual sessions").endsWith("Done");
        assertThat(PageHtml.hrefs(UI.getCurrent(), "Timeline and milestones"))
                .containsExactly("initiatives/good-jobs-equity-project/timeline");
    }

    @Test
    void aPhasePastItsEndWithOpenMilestonesSaysSoInsteadOfCompleted() {
        navigate("initiatives/equity-at-work", InitiativeView.class);
        org.jsoup.nodes.Element phase = PageHtml.select(UI.getCurrent(), "li.cv-phase").stream()
                .filter(li -> li.text().contains("Re-engagement and Strategic Action Plan")).findFirst().orElseThrow();
        // Two of its public milestones are in progress (one due long after the phase's end in 2024).
        assertThat(phase.select("span.cv-badge").text()).isEqualTo("Ended, 2 open");
        assertThat(PageHtml.texts(UI.getCurrent(), "span.cv-badge")).contains("Completed");
    }

    @Test
    void initiativeWithoutPhasesSaysSo() {
        // Every demo coalition has phases: take Puget Sound's away inside a transaction that is rolled back.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("""
                    delete from phase where initiative_id =
                      (select id from initiative where slug = 'puget-sound-workforce-intermediary')""");
            navigate("initiatives/puget-sound-workforce-intermediary", InitiativeView.class);

            assertThat($(com.vaadin.flow.component.html.Paragraph.class).withText("No phases have been planned yet.")
                    .exists()).isTrue();
            status.setRollbackOnly();
        });
    }

    @Test
    void unknownInitiativeShowsNotFoundPageNotAStackTrace() {
        navigate("initiatives/no-such-coalition", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Anchor.class).withText("Go to the list of initiatives").exists()).isTrue();
    }

    @Test
    void unknownAddressShowsNotFoundPage() {
        navigate("nowhere/at/all", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void languageSwitchRendersThePageInSpanishAndStaysForTheSession() {
        navigate("initiatives/equity-at-work", InitiativeView.class);
        Select<Locale> language = $(Select.class).withClassName("cv-language").single();

        test(language).selectItem("Español");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(ConveneI18NProvider.SPANISH);
        assertThat(PageHtml.texts(UI.getCurrent(), "h2")).contains("Visión", "Misión", "5 metas estratégicas", "Fases");
        assertThat(PageHtml.hrefs(UI.getCurrent(), "Todas las iniciativas")).containsExactly("");

        navigate(HomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Iniciativas");
    }

    @Test
    @SuppressWarnings("unchecked")
    void inSpanishTheContentIsSpanishAndAnUntranslatedTextIsMarkedWithItsLanguage() {
        navigate("initiatives/equity-at-work", InitiativeView.class);
        test($(Select.class).withClassName("cv-language").single()).selectItem("Español");

        // The demo's Spanish vision and goal titles; the name and the goals' descriptions exist only in English.
        org.jsoup.nodes.Element name = PageHtml.select(UI.getCurrent(), "h1").getFirst();
        assertThat(name.text()).isEqualTo("Equity@Work");
        assertThat(name.attr("lang")).isEqualTo("en");
        List<org.jsoup.nodes.Element> goals = PageHtml.select(UI.getCurrent(), "h3");
        assertThat(goals).extracting(org.jsoup.nodes.Element::text)
                .contains("Políticas y prácticas", "Participación de los empleadores");
        assertThat(goals.stream().filter(h -> h.text().equals("Políticas y prácticas")).findFirst().orElseThrow()
                .hasAttr("lang")).isFalse();
        assertThat(goals.stream().filter(h -> h.text().equals("Strategic development")).findFirst().orElseThrow()
                .attr("lang")).isEqualTo("en");
        org.jsoup.nodes.Element vision = PageHtml.select(UI.getCurrent(), ".cv-statement .cv-markdown").getFirst();
        assertThat(vision.html()).startsWith("<p>Una iniciativa de fuerza laboral");
        assertThat(vision.hasAttr("lang")).isFalse();
        assertThat(PageHtml.select(UI.getCurrent(), ".cv-goal p").stream().filter(p -> p.text().equals(
                "Develop a regional outcomes metrics platform that leverages multiple data"
                + " sources and promotes quality improvement through consistent evaluation and reporting of workforce"
                + " development provider programs.")).toList()).singleElement()
                .satisfies(p -> assertThat(p.attr("lang")).isEqualTo("en"));
    }
}
