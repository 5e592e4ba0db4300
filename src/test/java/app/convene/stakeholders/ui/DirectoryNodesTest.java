package app.convene.stakeholders.ui;

import static app.convene.support.StateNodes.count;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.InitiativeRole;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What a page of the members' directory keeps in an open UI (decision 0083): its organization column is drawn by
 * the browser from two values a row, so a page of fifty people keeps no state node per person. As a component
 * column it kept a component and its text for every row the grid had loaded (the first page is sent with the view).
 */
@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
@TestPropertySource(properties = "convene.test.database=partners-view")
class DirectoryNodesTest extends SpringBrowserlessTest {

    @Autowired
    SmallInitiatives small;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFullPageOfPeopleKeepsNoStateNodePerPerson() {
        long initiative = small.initiative();
        String directory = "initiatives/" + jdbc.sql("select slug from initiative where id = ?").param(initiative)
                .query(String.class).single() + "/directory";
        Actor reader = small.withRole(initiative, InitiativeRole.COMMITTEE_MEMBER, "Reader");
        small.registration(initiative, reader, "APPROVED", true, "Reader's organization");
        SignIn.as(reader);

        DirectoryView one = navigate(directory, DirectoryView.class);
        assertThat(test(one.grid).size()).isEqualTo(1);
        roundTrip(); // what answering the browser does: the grid sends its first page, each row drawn as its renderer says
        int withOne = count(UI.getCurrent());

        for (int i = 0; i < 49; i++) {
            small.registration(initiative, small.person("Listed " + i), "APPROVED", true, "Organization " + i);
        }
        DirectoryView fifty = navigate(directory, DirectoryView.class);
        assertThat(test(fifty.grid).size()).isEqualTo(50);
        AtomicInteger drawn = new AtomicInteger();
        fifty.grid.addDataGenerator((entry, json) -> drawn.incrementAndGet());
        roundTrip();
        assertThat(drawn).as("the grid sent its first page, every row of it drawn").hasValue(50);
        int withFifty = count(UI.getCurrent());
        System.out.println("NODES directory with 1 person: " + withOne + ", with 50: " + withFifty);
        assertThat(withFifty - withOne).as("state nodes added by 49 more people on the page").isLessThan(10);
    }
}
