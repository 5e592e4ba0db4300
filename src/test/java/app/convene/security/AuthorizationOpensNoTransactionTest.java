package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.TransactionsBegun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 77: a check asked outside any transaction (as a view asks) begins none, whether its answer is kept or
 * read; inside a service's transaction it runs in it. The answers and refusals are the same either way.
 */
@ConveneTest
class AuthorizationOpensNoTransactionTest {

    @Autowired
    Authorization authorization;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager manager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aCheckOutsideATransactionBeginsNoneAndAnswersAsBefore() {
        long initiative = fixtures.initiativeId("equity-at-work");
        try (TransactionsBegun begun = new TransactionsBegun(manager, false)) {
            fixtures.signInAs("Maya Thompson"); // a coordinator there: no request, so her roles are read each time
            // reads (a write's check also asks whether the initiative is archived, through a service of its own)
            assertThat(authorization.can(Action.VIEW_PARTICIPATION_DASHBOARD, initiative)).isTrue();
            assertThat(authorization.rolesIn(initiative)).contains(InitiativeRole.COORDINATOR);
            fixtures.signInAs("Jordan Ellis"); // a stakeholder there
            assertThat(authorization.can(Action.VIEW_DIRECTORY, initiative)).isTrue();
            assertThat(authorization.can(Action.VIEW_PARTICIPATION_DASHBOARD, initiative)).isFalse();
            assertThatThrownBy(() -> authorization.check(Action.VIEW_PARTICIPATION_DASHBOARD, initiative))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(begun.count()).as("transactions begun by the checks").isZero();

            fixtures.signInAs("Maya Thompson");
            Actor inside = new TransactionTemplate(manager).execute(status -> authorization.check(
                    Action.VIEW_PARTICIPATION_DASHBOARD, initiative));
            assertThat(inside.name()).isEqualTo("Maya Thompson");
            assertThat(begun.count()).as("only the service's own").isEqualTo(1);
        }
    }
}
