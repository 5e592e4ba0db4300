package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.recommendations.DraftPresenceService;
import app.convene.shared.ui.PushChannels;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.internal.CurrentInstance;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 0056: within one Vaadin request a person's roles in an initiative are read once, and read again after
 * any read-write transaction commits on the node; outside a request nothing is kept. The roles are changed here
 * with plain statements outside any transaction, which the memo cannot notice, to show what it keeps and when. Decision
 * 0071: the refreshes of one push publication are such a scope too.
 */
@ConveneTest
class RequestMemoTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Authorization authorization;
    @Autowired
    RoleService roles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DraftPresenceService presence;
    @Autowired
    PushChannels channels;

    private long person;
    private long initiative;

    @AfterEach
    void putBack() {
        jdbc.update("delete from initiative_role where person_id = ? and initiative_id = ? and role = 'COORDINATOR'",
                person, initiative);
        SignIn.out();
    }

    @Test
    void rolesAreReadOncePerRequestAndAgainAfterACommittedWrite() {
        person = fixtures.personId("Lucía Hernández");
        initiative = fixtures.initiativeId("good-jobs-equity-project");
        fixtures.signInAs("Lucía Hernández");
        assertThat(VaadinRequest.getCurrent()).as("a request of the browserless UI").isNotNull();
        assertThat(authorization.rolesIn(initiative)).doesNotContain(InitiativeRole.COORDINATOR);

        grantCoordinatorBehindTheMemosBack();
        assertThat(authorization.rolesIn(initiative)).as("the same request keeps what it read")
                .doesNotContain(InitiativeRole.COORDINATOR);

        transactions.executeWithoutResult(status -> jdbc.queryForObject("select 1", Integer.class));
        assertThat(authorization.rolesIn(initiative)).as("a committed read-write transaction makes it read again")
                .contains(InitiativeRole.COORDINATOR);
    }

    @Test
    void aCommitThatWritesOnlyWhoHasADraftOpenLeavesWhatTheRequestKept() {
        person = fixtures.personId("Lucía Hernández");
        initiative = fixtures.initiativeId("good-jobs-equity-project");
        fixtures.signInAs("Lucía Hernández");
        assertThat(authorization.rolesIn(initiative)).doesNotContain(InitiativeRole.COORDINATOR);

        grantCoordinatorBehindTheMemosBack();
        presence.closedBy(Long.MAX_VALUE, java.util.UUID.randomUUID()); // a read-write transaction marked @LeavesRequestMemos (decision 0057)
        assertThat(authorization.rolesIn(initiative)).as("kept across the presence write")
                .doesNotContain(InitiativeRole.COORDINATOR);

        transactions.executeWithoutResult(status -> jdbc.queryForObject("select 1", Integer.class));
        assertThat(authorization.rolesIn(initiative)).contains(InitiativeRole.COORDINATOR);
    }

    @Test
    void outsideAVaadinRequestEveryCheckReadsTheRoles() {
        person = fixtures.personId("Lucía Hernández");
        initiative = fixtures.initiativeId("good-jobs-equity-project");
        fixtures.signInAs("Lucía Hernández");
        CurrentInstance.set(VaadinRequest.class, null);
        assertThat(authorization.rolesIn(initiative)).doesNotContain(InitiativeRole.COORDINATOR);

        grantCoordinatorBehindTheMemosBack();

        assertThat(authorization.rolesIn(initiative)).contains(InitiativeRole.COORDINATOR);
    }

    @Test
    void theRefreshesOfOnePushPublicationReadAPersonsRolesOnce() {
        person = fixtures.personId("Lucía Hernández");
        initiative = fixtures.initiativeId("good-jobs-equity-project");
        fixtures.signInAs("Lucía Hernández");
        CurrentInstance.set(VaadinRequest.class, null); // a push refresh runs in no request
        List<Set<InitiativeRole>> seen = new CopyOnWriteArrayList<>();
        var registration = channels.onPublish("test:memo", () -> {
            seen.add(authorization.rolesIn(initiative));
            grantCoordinatorBehindTheMemosBack();
            seen.add(authorization.rolesIn(initiative)); // another open page of hers, in the same publication
        });
        try {
            channels.publish("test:memo");
        } finally {
            registration.remove();
        }
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).as("the publication keeps what its first refresh read")
                .doesNotContain(InitiativeRole.COORDINATOR);
        assertThat(authorization.rolesIn(initiative)).as("after it: read again").contains(InitiativeRole.COORDINATOR);
    }

    private void grantCoordinatorBehindTheMemosBack() {
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'COORDINATOR')",
                initiative, person);
    }
}
