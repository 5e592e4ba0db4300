package app.convene.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.stakeholders.RegistrationSettingsService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 0057: one request reads an initiative once for its details, its reference and its texts in the reader's
 * language, and its registration settings once; a committed read-write transaction makes it read them again, and
 * outside a request nothing is kept. The rows are changed with plain statements outside any transaction, which the
 * memo cannot notice, to show what it keeps and when.
 */
@ConveneTest
class InitiativeReadsTest extends SpringBrowserlessTest {

    static final String SLUG = "good-jobs-equity-project";

    @Autowired
    Fixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    InitiativeContentService content;
    @Autowired
    RegistrationSettingsService registration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private String name;
    private long id;
    private boolean touched;
    private boolean inserted;
    private String joinText;

    @AfterEach
    void putBack() {
        jdbc.update("update initiative set name = ? where id = ?", name, id);
        if (inserted) {
            jdbc.update("delete from stakeholder_settings where initiative_id = ?", id);
        } else if (touched) {
            jdbc.update("update stakeholder_settings set join_text = ? where initiative_id = ?", joinText, id);
        }
        SignIn.out();
    }

    @Test
    void oneRequestReadsTheInitiativeOnceForEveryViewOfItAndAgainAfterACommittedWrite() {
        id = fixtures.initiativeId(SLUG);
        name = initiatives.findPublicBySlug(SLUG).orElseThrow().name();
        assertThat(VaadinRequest.getCurrent()).as("a request of the browserless UI").isNotNull();

        jdbc.update("update initiative set name = 'Renamed behind its back' where id = ?", id);
        assertThat(initiatives.findPublicBySlug(SLUG).orElseThrow().name()).as("details").isEqualTo(name);
        assertThat(initiatives.findBySlug(SLUG).orElseThrow().name()).as("reference by address").isEqualTo(name);
        assertThat(initiatives.findById(id).orElseThrow().name()).as("reference by id").isEqualTo(name);
        assertThat(content.publicContent(SLUG, "en").orElseThrow().name().text()).as("texts").isEqualTo(name);

        transactions.executeWithoutResult(status -> jdbc.queryForObject("select 1", Integer.class));
        assertThat(initiatives.findById(id).orElseThrow().name()).isEqualTo("Renamed behind its back");
        assertThat(content.publicContent(SLUG, "en").orElseThrow().name().text()).isEqualTo("Renamed behind its back");
    }

    @Test
    void registrationSettingsAreReadOncePerRequestAndEveryTimeOutsideOne() {
        id = fixtures.initiativeId(SLUG);
        name = initiatives.findPublicBySlug(SLUG).orElseThrow().name();
        String before = registration.settings(id).text();
        joinText = jdbc.queryForList("select join_text from stakeholder_settings where initiative_id = ?", String.class, id)
                .stream().findFirst().orElse(null);
        touched = true;
        inserted = jdbc.update("update stakeholder_settings set join_text = 'behind its back' where initiative_id = ?",
                id) == 0;
        if (inserted) {
            jdbc.update("insert into stakeholder_settings (initiative_id, join_text, partners_by_county, version) "
                    + "values (?, 'behind its back', false, 0)", id);
        }
        assertThat(registration.settings(id).text()).as("the same request keeps what it read").isEqualTo(before);

        CurrentInstance.set(VaadinRequest.class, null);
        assertThat(registration.settings(id).text()).as("outside a request").isEqualTo("behind its back");
        assertThat(initiatives.findById(id).orElseThrow().name()).isEqualTo(name);
    }
}
