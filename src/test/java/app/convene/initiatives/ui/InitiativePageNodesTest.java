package app.convene.initiatives.ui;

import static app.convene.support.StateNodes.count;
import static app.convene.support.StateNodes.label;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.PageHtml;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an open initiative page keeps per UI (decision 55): Vaadin's state nodes, ~450–500 bytes of live heap each.
 * The read-only parts are markup in one element each; a change that makes them components again fails here.
 */
@ConveneTest
class InitiativePageNodesTest extends SpringBrowserlessTest {

    /**
     * The bound: what the demo pages need now (56–88 for a visitor, 81 for a member: 87–131 and 133 before the
     * links, headings and statements became markup and a list that fits on one page lost its own element, decision
     * 79; 150 before the published recommendations became markup, decision 70), and a little room.
     */
    static final int MAX_NODES = 95;

    static final String HOSTILE = "<script>alert('x')</script> & \"Fresno\" <b>bold</b>";

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    /**
     * A visitor's page of each demo initiative, layout included: 341 state nodes for the California initiative (the
     * load harness's page) and 615 for Puget Sound (its indicators) when every text was a component; 56–88 now.
     * Every list written as components again adds 20 or more.
     */
    @Test
    void aVisitorsInitiativePageKeepsFewStateNodes() {
        for (String slug : new String[] {"worker-equity-initiative", "equity-at-work", "good-jobs-equity-project",
                "puget-sound-workforce-intermediary"}) {
            InitiativeView view = navigate("initiatives/" + slug, InitiativeView.class);
            int nodes = count(UI.getCurrent());
            System.out.println("NODES " + slug + " ui=" + nodes + " view=" + count(view));
            view.getChildren().forEach(c -> System.out.println("NODES   " + label(c) + " " + count(c)));
            assertThat(nodes).as(slug).isLessThanOrEqualTo(MAX_NODES);
        }
    }

    /** A member sees more (convenings, the members' links): still few nodes. */
    @Test
    void aCommitteeMembersInitiativePageKeepsFewStateNodes() {
        fixtures.signInAs("Daniel Okafor");
        try {
            navigate("initiatives/worker-equity-initiative", InitiativeView.class);
            int nodes = count(UI.getCurrent());
            System.out.println("NODES worker-equity-initiative as a committee member ui=" + nodes);
            assertThat(nodes).isLessThanOrEqualTo(MAX_NODES);
        } finally {
            SignIn.out();
        }
    }

    /** Names people type (a workgroup's, a partner's, a milestone's) show as text on the page, never as markup. */
    @Test
    void personSuppliedTextsInTheMarkupShowAsText() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("""
                    update workgroup set name = ? where id = (select min(w.id) from workgroup w
                      join initiative i on i.id = w.initiative_id where i.slug = 'worker-equity-initiative')""",
                    HOSTILE + " workgroup");
            jdbc.update("""
                    update organization set name = ? where id = (select min(p.organization_id) from initiative_partner p
                      join initiative i on i.id = p.initiative_id where i.slug = 'worker-equity-initiative')""",
                    HOSTILE + " partner");
            jdbc.update("""
                    update milestone set title = ? where id = (select min(m.id) from milestone m
                      join initiative i on i.id = m.initiative_id where i.slug = 'worker-equity-initiative'
                      and m.public_milestone and m.phase_id is not null)""", HOSTILE + " milestone");
            // and, since decision 79, the initiative's own texts (name, region, summary) are markup too
            jdbc.update("update initiative set name = ?, region = ?, summary = ? where slug = 'worker-equity-initiative'",
                    HOSTILE + " name", HOSTILE + " region", HOSTILE + " summary");
            navigate("initiatives/worker-equity-initiative", InitiativeView.class);

            var page = PageHtml.of(UI.getCurrent());
            assertThat(page.select("h1").eachText()).containsExactly(HOSTILE + " name");
            assertThat(page.select(".cv-region").eachText()).containsExactly(HOSTILE + " region");
            assertThat(page.select("p.cv-lead").eachText()).containsExactly(HOSTILE + " summary");
            assertThat(page.select("script, b")).isEmpty();
            assertThat(page.select("#workgroups a.cv-partner-name").eachText()).contains(HOSTILE + " workgroup");
            assertThat(page.select("#partners .cv-partner-name").eachText())
                    .anySatisfy(t -> assertThat(t).endsWith(HOSTILE + " partner"));
            assertThat(page.select(".cv-public-milestones li").eachText())
                    .anySatisfy(t -> assertThat(t).contains(HOSTILE + " milestone"));
            status.setRollbackOnly();
        });
    }
}
