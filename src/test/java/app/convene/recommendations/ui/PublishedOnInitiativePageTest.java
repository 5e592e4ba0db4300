package app.convene.recommendations.ui;

import static app.convene.support.StateNodes.count;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.recommendations.DecisionResponse;
import app.convene.recommendations.DecisionService;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.RoundItem;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Decision 70: an initiative's page lists its published recommendations five at a time with "show more", as
 * read-only markup: a coalition that publishes a dozen recommendations, each with its full approved text, does not
 * make its page a dozen times heavier.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=published_page")
class PublishedOnInitiativePageTest extends SpringBrowserlessTest {

    static final Pattern ARTICLE = Pattern.compile("<article");

    @Autowired
    DecisionService decisions;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDozenPublishedRecommendationsComeFiveAtATime() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        int before = decisions.published(wei).size();
        long section = Authorization.runAsSystem(() -> recommendations.addSection(
                recommendations.createReport(wei, "Second report"), "Pathways"));
        for (int i = 1; i <= 12; i++) {
            String title = "Pathway %02d".formatted(i);
            long id = Authorization.runAsSystem(() -> recommendations.addRecommendation(section, title,
                    "Open **pathway** " + title + ".").id());
            approveAndPublish(id);
        }
        int total = before + 12;
        assertThat(decisions.published(wei)).hasSize(total);

        navigate("initiatives/worker-equity-initiative", Component.class);
        Section published = $(Section.class).id("recommendations");
        assertThat(articles(published)).isEqualTo(5);
        int nodes = count(published);
        Button more = $(Button.class).withText("Show more recommendations").single();
        test(more).click();
        assertThat(articles(published)).isEqualTo(10);
        test(more).click();
        assertThat(articles(published)).isEqualTo(total);
        assertThat(more.isVisible()).as("nothing more to show").isFalse();
        assertThat(count(published)).as("state nodes: the same for 5 and %d recommendations", total).isEqualTo(nodes);

        String html = published.getElement().getOuterHTML();
        assertThat(html).contains("Open <strong>pathway</strong> Pathway 12.",
                "From the report “Second report”, section “Pathways”", "Approved by the steering committee on",
                "Status: Not started");
        assertThat(html.indexOf("Pathway 01")).as("in the report's order").isLessThan(html.indexOf("Pathway 02"));
    }

    @Test
    void anInitiativeWithoutPublishedRecommendationsHasNoSuchSection() {
        long puget = fixtures.initiativeId("puget-sound-workforce-intermediary");
        assertThat(decisions.published(puget)).isEmpty();
        navigate("initiatives/puget-sound-workforce-intermediary", Component.class);
        assertThat($(Section.class).all()).noneMatch(s -> s.getId().filter("recommendations"::equals).isPresent());
    }

    private static int articles(Section section) {
        return (int) ARTICLE.matcher(section.getElement().getOuterHTML()).results().count();
    }

    /** Daniel consents and Lucía abstains in a round Maya opens and closes; Maya publishes. */
    private void approveAndPublish(long id) {
        SignIn.as(actor("Maya Thompson"));
        RoundItem round = decisions.open(id, Instant.now().plus(Duration.ofDays(7)), 2, 3, true);
        SignIn.as(actor("Daniel Okafor"));
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        SignIn.as(actor("Lucía Hernández"));
        decisions.respond(round.id(), DecisionResponse.ABSTAIN, null);
        SignIn.as(actor("Maya Thompson"));
        decisions.closeNow(round.id());
        decisions.publish(id);
        SignIn.out();
    }

    private Actor actor(String name) {
        return new Actor(fixtures.personId(name), name, false);
    }
}
