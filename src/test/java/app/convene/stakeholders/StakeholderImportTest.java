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
    app.convene.security.PersonService persons;
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
        String imported = email("imported");
        imports.commit(initiative, imports.preview(initiative, ("name,email,sector\r\nImported Person," + imported
                + ",Other\r\n").getBytes(StandardCharsets.UTF_8)));
        String csv = "\uFEFFnombre;Email;Organization;sector;region;directory_consent\r\n"
                + "New Person;" + email("new") + ";\"Westside Works; Atlanta\";Worker center;Atlanta;yes\r\n"
                + "Existing Person Renamed;" + existing.toUpperCase() + ";New Org;EMPLOYER;;no\r\n"
                + ";" + email("noname") + ";Org;Other;;\r\n"
                + "Bad Email;not-an-email;Org;Other;;\r\n"
                + "Bad Sector;" + email("sector") + ";Org;Astronaut;;\r\n"
                + "Twice;" + email("new") + ";Org;Other;;\r\n"
                + "Bad Consent;" + email("consent") + ";Org;Other;;maybe\r\n"
                + "Imported Renamed;" + imported.toUpperCase() + ";New Org;EMPLOYER;;no\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void previewMarksEveryRowAndWritesNothing() {
        byte[] file = file();
        Integer before = jdbc.queryForObject("select count(*) from registration", Integer.class);

        ImportPreview preview = imports.preview(initiative, file);

        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::status, ImportPreview.Row::problem)
                .containsExactly(tuple(2, ImportPreview.Status.NEW, null), tuple(3, ImportPreview.Status.KEPT, null),
                        tuple(4, ImportPreview.Status.ERROR, "name"), tuple(5, ImportPreview.Status.ERROR, "email"),
                        tuple(6, ImportPreview.Status.ERROR, "sector"), tuple(7, ImportPreview.Status.ERROR, "duplicate"),
                        tuple(8, ImportPreview.Status.ERROR, "consent"), tuple(9, ImportPreview.Status.UPDATE, null));
        assertThat(preview.rows().getFirst().organization()).isEqualTo("Westside Works; Atlanta");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isEqualTo(before);
    }

    @Test
    void commitWritesTheGoodRowsOnly() {
        ImportPreview preview = imports.preview(initiative, file());

        StakeholderImportService.ImportResult result = imports.commit(initiative, preview);

        assertThat(result).isEqualTo(new StakeholderImportService.ImportResult(1, 1, 1, 5));
        assertThat(jdbc.queryForMap("select name, status, source, directory_consent from registration where email_key = ?",
                email("new"))).containsEntry("status", "APPROVED").containsEntry("source", "IMPORT")
                .containsEntry("directory_consent", true);
        assertThat(jdbc.queryForObject("select name from registration where email_key = ?", String.class,
                email("imported"))).isEqualTo("Imported Renamed");
        assertThat(jdbc.queryForObject("select name from registration where email_key = ?", String.class,
                email("existing"))).as("registered through the form: kept").isEqualTo("Existing Person");
        assertThat(jdbc.queryForObject("select count(*) from registration where email_key = ?", Integer.class,
                email("sector"))).isZero();
        assertThat(jdbc.queryForObject("""
                select after_state from audit_event where action = 'registration.imported' order by id desc limit 1""",
                String.class)).startsWith("new=1, updated=1, kept as entered=1, rows in error left out=5");
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
    void anImportNeverChangesNameEmailOrConsentOfAPersonWhoRegisteredOrHasAnAccount() {
        String registered = email("registered");
        registrations.register(initiative, new NewRegistration("Registered Person", registered, null, "Own Org", null,
                Sector.EMPLOYER, null, null, null, null, Set.of(), false, Demographics.NONE), "10.9." + tag);
        String linked = email("linked");
        imports.commit(initiative, imports.preview(initiative, ("name,email,sector,directory_consent\r\n"
                + "Linked Person," + linked + ",Other,no\r\n").getBytes(StandardCharsets.UTF_8)));
        jdbc.update("update registration set person_id = ? where email_key = ?", newPerson(), linked);
        byte[] file = ("name,email,sector,directory_consent\r\n"
                + "Renamed One," + registered.toUpperCase() + ",Other,yes\r\n"
                + "Renamed Two," + linked.toUpperCase() + ",Other,yes\r\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = imports.preview(initiative, file);
        imports.commit(initiative, preview);

        assertThat(preview.rows()).extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.KEPT, ImportPreview.Status.KEPT);
        assertThat(jdbc.queryForMap("select name, email, directory_consent from registration where email_key = ?",
                registered)).containsEntry("name", "Registered Person").containsEntry("email", registered)
                .containsEntry("directory_consent", false);
        assertThat(jdbc.queryForMap("select name, email, directory_consent from registration where email_key = ?",
                linked)).containsEntry("name", "Linked Person").containsEntry("email", linked)
                .containsEntry("directory_consent", false);
    }

    @Test
    void aStalePreviewDoesNotOverrideAPersonWhoSignedUpSince() {
        String later = email("later");
        imports.commit(initiative, imports.preview(initiative, ("name,email,sector,directory_consent\r\n"
                + "Later Person," + later + ",Other,no\r\n").getBytes(StandardCharsets.UTF_8)));
        ImportPreview preview = imports.preview(initiative, ("name,email,sector,directory_consent\r\n"
                + "Later Renamed," + later + ",Other,yes\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).extracting(ImportPreview.Row::status).containsExactly(ImportPreview.Status.UPDATE);
        // Meanwhile the person signs in and the imported record becomes theirs.
        jdbc.update("update registration set person_id = ? where email_key = ?", newPerson(), later);

        StakeholderImportService.ImportResult result = imports.commit(initiative, preview);

        assertThat(result.kept()).isEqualTo(1);
        assertThat(result.updated()).isZero();
        assertThat(jdbc.queryForMap("select name, directory_consent from registration where email_key = ?", later))
                .containsEntry("name", "Later Person").containsEntry("directory_consent", false);
    }

    /** A person with an account (known to Convene, never signed in to a profile). */
    private long newPerson() {
        return app.convene.security.Authorization.runAsSystem(() -> persons.registerKnown(
                "import-" + UUID.randomUUID(), "Account Holder", null));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedByTheServer() {
        byte[] tooLarge = new byte[Csv.MAX_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.preview(initiative, tooLarge))
                .isInstanceOfSatisfying(app.convene.shared.ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("csv.error.tooLarge"));
    }

    @Test
    void anUploadIsReadNoFurtherThanTheSizeLimit() {
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'a';
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.preview(initiative, endless))
                .isInstanceOfSatisfying(app.convene.shared.ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("csv.error.tooLarge"));
        assertThat(read.get()).isEqualTo(Csv.MAX_BYTES + 1L);
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
