package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.support.ConveneTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Decision 0048: while the database restarts, a failed action or page says "cannot reach the database, nothing
 * was saved" in the person's language, not an incident code; other failures still get one. When the database
 * answers but the pool had no free connection in time (overload), it says Convene is busy instead. The pool gives up
 * waiting for a connection after seconds, not Hikari's default 30 s.
 */
@ConveneTest
class DatabaseOutageMessageTest extends SpringBrowserlessTest {

    private static final String ENGLISH =
            "Convene cannot reach its database right now. Nothing was saved; try again in a moment.";
    private static final String BUSY =
            "Convene is very busy right now and could not finish this. Nothing was saved; try again in a moment.";

    @Autowired
    DataSource dataSource;

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(ConveneI18NProvider.ENGLISH);
    }

    @Test
    void aSaveThatCannotReachTheDatabaseSaysSoAndThatNothingWasSaved() {
        navigate("nope", NotFoundView.class);
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

        assertThat(shown(new CannotCreateTransactionException("Could not open JPA EntityManager", refused)))
                .isEqualTo(ENGLISH);
        assertThat(shown(new JpaSystemException(new RuntimeException(new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01")))))
                .as("57P01 deep in the chain").isEqualTo(ENGLISH);
        assertThat(shown(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("convene - Connection is not available, request timed out",
                        "08001", refused))))
                .as("the pool's time-out naming the failure to connect").isEqualTo(ENGLISH);
        assertThat(shown(new DataAccessResourceFailureException("down"))).isEqualTo(ENGLISH);
        assertThat(shown(new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")))))
                .as("the rollback on the connection the pool closed, reported instead of the failed statement")
                .isEqualTo(ENGLISH);

        UI.getCurrent().setLocale(ConveneI18NProvider.SPANISH);
        assertThat(shown(new CannotCreateTransactionException("no", refused)))
                .startsWith("Convene no puede comunicarse con su base de datos").contains("No se guardó nada");
    }

    @Test
    void aRealPoolThatWaitsInVainSaysBusyWhenTheDatabaseAnswersAndOutOfReachWhenItDoesNot() throws Exception {
        navigate("nope", NotFoundView.class);
        HikariDataSource shared = (HikariDataSource) dataSource;
        try (HikariDataSource one = pool(shared.getJdbcUrl(), shared);
             Connection held = one.getConnection()) {
            SQLException timeout = assertThrows(SQLException.class, one::getConnection);

            assertThat(held.isValid(1)).as("the database answers: every connection is simply in use").isTrue();
            assertThat(shown(new CannotCreateTransactionException("Could not open JPA EntityManager", timeout)))
                    .isEqualTo(BUSY);
            UI.getCurrent().setLocale(ConveneI18NProvider.SPANISH);
            assertThat(shown(new CannotCreateTransactionException("no", timeout)))
                    .startsWith("Convene está muy ocupado").contains("No se guardó nada");
            UI.getCurrent().setLocale(ConveneI18NProvider.ENGLISH);
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (HikariDataSource down = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/convene", shared)) {
            SQLException timeout = assertThrows(SQLException.class, down::getConnection);

            assertThat(shown(new CannotCreateTransactionException("Could not open JPA EntityManager", timeout)))
                    .as("the same time-out, but nothing answers").isEqualTo(ENGLISH);
        }
    }

    private static HikariDataSource pool(String url, HikariDataSource like) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(like.getUsername());
        pool.setPassword(like.getPassword());
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(400);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    @Test
    void otherFailuresStillGetAnIncidentCode() {
        navigate("nope", NotFoundView.class);

        assertThat(shown(new IllegalStateException("bug"))).contains("incident code");
        assertThat(shown(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505"))))
                .as("a refused write is not an outage").contains("incident code");
        assertThat(shown(new JpaSystemException(new RuntimeException(new SQLException("Connection is open")))))
                .contains("incident code");
    }

    @Test
    void aPageThatCannotReachTheDatabaseAnswersUnavailableWithTheSameText() {
        navigate("nope", NotFoundView.class);
        UI ui = UI.getCurrent();
        ErrorView view = new ErrorView();

        int status = view.setErrorParameter(new BeforeEnterEvent(ui.getInternals().getRouter(),
                        NavigationTrigger.PROGRAMMATIC, new Location("initiatives"), ErrorView.class, ui, List.of()),
                new ErrorParameter<>(Exception.class, new CannotCreateTransactionException("no",
                        new SQLException("Connection refused", "08001"))));

        assertThat(status).isEqualTo(503);
        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .containsExactly(ENGLISH);
    }

    @Test
    void theEmbeddedPoolGivesUpWaitingAfterSecondsAndReplacesBrokenConnections() {
        HikariDataSource pool = (HikariDataSource) dataSource;

        assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1_000);
        assertThat(pool.getKeepaliveTime()).isEqualTo(30_000);
        assertThat(pool.getMaxLifetime()).isEqualTo(600_000);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2");
        assertThat(pool.getMaximumPoolSize()).as("convene.embedded-database.pool-size still applies").isEqualTo(6);
    }

    /** Hands the failure to the session's error handler and returns the notification it showed. */
    private String shown(Exception failure) {
        $(Notification.class).all().forEach(Notification::close);
        ConveneErrorHandling.handle(new ErrorEvent(failure));
        return test($(Notification.class).last()).getText();
    }
}
