package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.convene.security.Actor;
import app.convene.shared.csv.Csv;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ConveneTest
class StakeholderImportTest {

    @Autowired
    StakeholderImportService imports;
    @Autowired
    StakeholderExports exports;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationConfirmations confirmations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long initiative;
    String tag;

    @BeforeEach
    void signInAsCoordinator() {
        initiative = fixtures.initiativeId("equity-at-work");
        long maya = fixtures.personId("Maya Thompson");
        SignIn.as(new Actor(maya, "Maya Thompson", false));
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String email(String who) {
        return who + "." + tag + "@example.org";
    }

    private byte[] file() {
        String existing = email("existing");
        registrations.register(initiative, new NewRegistration("Existing Person", existing, null, "Old Org", null,
                Sector.EMPLOYER, null, null, null, null, Set.of(), false, Demographics.NONE), "10.7." + tag);
        String csv = "\uFEFFnombre;Email;Organization;sector;region;directory_consent\r\n"
                + "New Person;" + email("new") + ";\"Westside Works; Atlanta\";Worker center;Atlanta;yes\r\n"
                + "Existing Person Renamed;" + existing.toUpperCase() + ";New Org;EMPLOYER;;no\r\n"
                + ";" + email("noname") + ";Org;Other;;\r\n"
                + "Bad Email;not-an-email;Org;Other;;\r\n"
                + "Bad Sector;" + email("sector") + ";Org;Astronaut;;\r\n"
                + "Twice;" + email("new") + ";Org;Other;;\r\n"
                + "Bad Consent;" + email("consent") + ";Org;Other;;maybe\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void previewMarksEveryRowAndWritesNothing() {
        byte[] file = file();
        Integer before = jdbc.queryForObject("select count(*) from registration", Integer.class);

        ImportPreview preview = imports.preview(initiative, file);

        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::status, ImportPreview.Row::problem)
                .containsExactly(tuple(2, ImportPreview.Status.NEW, null), tuple(3, ImportPreview.Status.UPDATE, null),
                        tuple(4, ImportPreview.Status.ERROR, "name"), tuple(5, ImportPreview.Status.ERROR, "email"),
                        tuple(6, ImportPreview.Status.ERROR, "sector"), tuple(7, ImportPreview.Status.ERROR, "duplicate"),
                        tuple(8, ImportPreview.Status.ERROR, "consent"));
        assertThat(preview.rows().getFirst().organization()).isEqualTo("Westside Works; Atlanta");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isEqualTo(before);
    }

    @Test
    void commitWritesTheGoodRowsOnly() {
        ImportPreview preview = imports.preview(initiative, file());

        StakeholderImportService.ImportResult result = imports.commit(initiative, preview);

        assertThat(result).isEqualTo(new StakeholderImportService.ImportResult(1, 1, 5));
        assertThat(jdbc.queryForMap("select name, status, source, directory_consent from registration where email_key = ?",
                email("new"))).containsEntry("status", "APPROVED").containsEntry("source", "IMPORT")
                .containsEntry("directory_consent", true);
        assertThat(jdbc.queryForObject("select name from registration where email_key = ?", String.class,
                email("existing"))).isEqualTo("Existing Person Renamed");
        assertThat(jdbc.queryForObject("select count(*) from registration where email_key = ?", Integer.class,
                email("sector"))).isZero();
        assertThat(jdbc.queryForObject("""
                select after_state from audit_event where action = 'registration.imported' order by id desc limit 1""",
                String.class)).startsWith("new=1, updated=1, rows in error left out=5");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedAsAWhole() {
        ImportPreview preview = imports.preview(initiative, "name,organization\nAna,Org\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.fileProblem()).isEqualTo("missingColumn");
        assertThat(preview.fileProblemDetail()).isEqualTo("email");
        assertThat(preview.usable()).isFalse();
    }

    @Test
    void theDirectoryExportReadsBackWithTheImportsColumns() {
        imports.commit(initiative, imports.preview(initiative, file()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.directory(initiative, out);

        List<List<String>> rows = Csv.read(out.toByteArray());
        assertThat(rows.getFirst()).isEqualTo(StakeholderImportService.COLUMNS);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("New Person", email("new"), "Westside Works; Atlanta"));
        assertThat(rows).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo("Existing Person Renamed"));
        assertThat(imports.preview(initiative, out.toByteArray()).count(ImportPreview.Status.ERROR)).isZero();
    }

    @Test
    void anImportedPersonWhoRegistersAndConfirmsGoesToTheQueueForAnAccount() {
        imports.commit(initiative, imports.preview(initiative, file()));
        SignIn.out();

        registrations.register(initiative, new NewRegistration("New Person", email("new"),
                null, "Westside Works", null, Sector.WORKER_CENTER, null, null, null, null, Set.of(), true,
                Demographics.NONE), "10.8." + tag);
        assertThat(jdbc.queryForObject("select status from registration where email_key = ?", String.class, email("new")))
                .isEqualTo("APPROVED");

        assertThat(confirmations.confirm(Mailbox.confirmationToken(email("new"))).outcome())
                .isEqualTo(RegistrationOutcome.RESUBMITTED);
        assertThat(jdbc.queryForObject("select status from registration where email_key = ?", String.class, email("new")))
                .isEqualTo("PENDING");
    }
}
