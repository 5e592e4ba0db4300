package app.convene.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.shared.database.PageReads;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decision 0082: a page made with {@link PageReads} draws itself (the initiative found, the check, {@code enter}) in
 * one read-only transaction, and {@code entered()}, where a page writes what it writes on opening, runs after that
 * transaction and only when the page was drawn: not after an unknown initiative, a refusal or a reroute of its own.
 */
@ConveneTest
class InitiativePageEnteredTest extends SpringBrowserlessTest {

    @Autowired
    InitiativeDirectory initiatives;
    @Autowired
    PageReads pages;
    @Autowired
    Fixtures fixtures;

    /** A page of an initiative that notes how it was drawn and whether it was entered. */
    static final class Probe extends InitiativePage {
        boolean allowed = true;
        boolean reroutes;
        Boolean drawnReadOnly;
        int entered;
        boolean enteredInTransaction;

        Probe(InitiativeDirectory initiatives, PageReads pages) {
            super(initiatives, pages);
        }

        @Override
        protected boolean mayEnter(InitiativeRef initiative) {
            return allowed;
        }

        @Override
        protected void enter(BeforeEnterEvent event) {
            drawnReadOnly = TransactionSynchronizationManager.isActualTransactionActive()
                    && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
            if (reroutes) {
                event.rerouteToError(NotFoundException.class, "gone");
            }
        }

        @Override
        protected void entered() {
            entered++;
            enteredInTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        }

        @Override
        protected String pageTitle() {
            return "probe";
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Probe enter(String slug, Probe page) {
        UI ui = UI.getCurrent();
        page.beforeEnter(new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PROGRAMMATIC,
                new Location("initiatives/" + slug + "/probe"), Probe.class, new RouteParameters("slug", slug), ui,
                List.of()));
        return page;
    }

    @Test
    void aDrawnPageIsEnteredAfterItsOneReadOnlyTransaction() {
        fixtures.signInAs("Daniel Okafor");
        Probe page = enter("worker-equity-initiative", new Probe(initiatives, pages));
        assertThat(page.drawnReadOnly).as("enter() inside one read-only transaction").isTrue();
        assertThat(page.entered).isOne();
        assertThat(page.enteredInTransaction).as("entered() after it").isFalse();
    }

    @Test
    void aPageNotDrawnIsNotEntered() {
        fixtures.signInAs("Daniel Okafor");
        Probe rerouted = new Probe(initiatives, pages);
        rerouted.reroutes = true;
        assertThat(enter("worker-equity-initiative", rerouted).entered).as("rerouted by its own enter()").isZero();
        assertThat(rerouted.drawnReadOnly).isTrue();

        Probe refused = new Probe(initiatives, pages);
        refused.allowed = false;
        assertThat(enter("worker-equity-initiative", refused).entered).as("refused").isZero();
        assertThat(refused.drawnReadOnly).as("never drawn").isNull();

        Probe unknown = new Probe(initiatives, pages);
        assertThat(enter("no-such-initiative", unknown).entered).as("an unknown initiative").isZero();
        assertThat(unknown.drawnReadOnly).isNull();
    }

    @Test
    void aPageWithoutPageReadsDrawsAsBeforeAndIsEnteredToo() {
        fixtures.signInAs("Daniel Okafor");
        Probe page = enter("worker-equity-initiative", new Probe(initiatives, null));
        assertThat(page.drawnReadOnly).as("no transaction of the page's own").isFalse();
        assertThat(page.entered).isOne();
    }
}
