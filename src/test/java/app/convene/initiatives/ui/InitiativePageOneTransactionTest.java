package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.TransactionsBegun;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 78: a member's initiative page draws its sections (workgroups, phases, recommendations, partners,
 * convenings, library, indicators) in one read-only transaction; each of their service calls began one of its own
 * before (36 a visit in the load harness's flight recording, decision 77).
 */
@ConveneTest
class InitiativePageOneTransactionTest extends SpringBrowserlessTest {

    @Autowired
    PlatformTransactionManager manager;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aMembersInitiativePageIsDrawnInOneTransaction() {
        fixtures.signInAs("Daniel Okafor");
        navigate("", HomeView.class);
        try (TransactionsBegun begun = new TransactionsBegun(manager, true)) {
            InitiativeView view = navigate("initiatives/worker-equity-initiative", InitiativeView.class);
            assertThat(view.getChildren().count()).as("the page's parts").isGreaterThan(8);
            assertThat(begun.count()).as("transactions begun drawing the page").isEqualTo(1);
        }
    }
}
