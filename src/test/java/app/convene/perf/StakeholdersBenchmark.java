package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Authorization;
import app.convene.stakeholders.DirectoryFilter;
import app.convene.stakeholders.DirectoryService;
import app.convene.stakeholders.ImportPreview;
import app.convene.stakeholders.Sector;
import app.convene.stakeholders.StakeholderImportService;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 4's targets: importing 10,000 CSV rows (≤ 10 s) and one directory page at 100,000 people
 * (≤ 50 ms), measured through the services on real PostgreSQL.
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = "convene.demo.enabled=false")
class StakeholdersBenchmark {

    static final int IMPORT_ROWS = 10_000;
    static final int DIRECTORY_PEOPLE = 100_000;

    @Autowired
    InitiativeService initiatives;
    @Autowired
    StakeholderImportService imports;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importAndDirectoryAtScale() {
        Authorization.runAsSystem(() -> {
            long initiative = initiatives.create(new NewInitiative("bench-stakeholders", "Bench", "Region", null, null,
                    null, List.of(), List.of()));
            StringBuilder csv = new StringBuilder("\uFEFFname;email;organization;title;sector;county;region;languages;directory_consent\r\n");
            Sector[] sectors = Sector.values();
            for (int i = 0; i < IMPORT_ROWS; i++) {
                csv.append("Person ").append(i).append(";person").append(i).append("@example.org;\"Organization ")
                        .append(i % 400).append("\";Organizer;").append(sectors[i % sectors.length].name())
                        .append(";County ").append(i % 30).append(";Region;English;yes\r\n");
            }
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

            long start = System.nanoTime();
            ImportPreview preview = imports.preview(initiative, file);
            long previewed = System.nanoTime();
            StakeholderImportService.ImportResult result = imports.commit(initiative, preview);
            long committed = System.nanoTime();
            assertThat(result.created()).isEqualTo(IMPORT_ROWS);
            Perf.report("import_10000_rows_preview", (previewed - start) / 1e6, "ms");
            Perf.report("import_10000_rows_commit", (committed - previewed) / 1e6, "ms");
            Perf.report("import_10000_rows_total", (committed - start) / 1e6, "ms");

            jdbc.update("""
                    insert into registration (initiative_id, email_key, name, email, sector, county, region, status, source,
                        directory_consent)
                    select ?, 'bulk' || g || '@example.org', 'Bulk Person ' || g, 'bulk' || g || '@example.org',
                        (array['WORKER_CENTER','LABOR_UNION','TRAINING_PROVIDER','EMPLOYER','GOVERNMENT'])[1 + g % 5],
                        'County ' || (g % 30), 'Region', 'APPROVED', 'IMPORT', true
                    from generate_series(1, ?) g""", initiative, DIRECTORY_PEOPLE - IMPORT_ROWS);
            jdbc.execute("analyze registration");
            Integer listed = jdbc.queryForObject("select count(*) from registration where initiative_id = ?", Integer.class,
                    initiative);
            assertThat(listed).isEqualTo(DIRECTORY_PEOPLE);

            Perf.report("directory_first_page_of_100k", Perf.medianMillis(20, 200,
                    () -> directory.directory(initiative, DirectoryFilter.NONE, PageRequest.of(0, 50))), "ms");
            Perf.report("directory_page_1000_of_100k", Perf.medianMillis(10, 100,
                    () -> directory.directory(initiative, DirectoryFilter.NONE, PageRequest.of(1000, 50))), "ms");
            Perf.report("directory_search_of_100k", Perf.medianMillis(10, 100,
                    () -> directory.directory(initiative, new DirectoryFilter("person 42", null, null, null),
                            PageRequest.of(0, 50))), "ms");
            Perf.report("directory_sector_filter_of_100k", Perf.medianMillis(10, 100,
                    () -> directory.directory(initiative, new DirectoryFilter(null, Sector.LABOR_UNION, null, null),
                            PageRequest.of(0, 50))), "ms");
            return null;
        });
    }
}
