package app.convene.workgroups;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The workgroups' reads for other pages: an initiative's list a page at a time, and names by id. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=workgroups")
class WorkgroupReadsTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EntityManagerFactory entityManagers;

    long atlanta;
    long workgroup;

    @BeforeEach
    void aWorkgroup() {
        atlanta = fixtures.initiativeId("equity-at-work");
        String name = "Read group " + UUID.randomUUID().toString().substring(0, 6);
        workgroup = Authorization.runAsSystem(() -> workgroups.create(atlanta, null, name, null, null, false));
    }

    long person(String name) {
        return fixtures.personId(name);
    }

    @Test
    void workgroupsNamesAreReadByIdAndUnknownIdsAreLeftOut() {
        String name = jdbc.queryForObject("select name from workgroup where id = ?", String.class, workgroup);
        long other = jdbc.queryForObject("select min(id) from workgroup where id <> ?", Long.class, workgroup);
        String otherName = jdbc.queryForObject("select name from workgroup where id = ?", String.class, other);

        assertThat(workgroups.names(List.of(workgroup, other, -1L)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(workgroup, name, other, otherName));
        assertThat(workgroups.names(List.of())).isEmpty();
    }

    @Test
    void theListReadsAPageOfWorkgroupsWithTheSameQueriesHoweverLong() {
        Authorization.runAsSystem(() -> {
            for (int i = 0; i < 3; i++) {
                long id = workgroups.create(atlanta, null, "Listed " + UUID.randomUUID(), null, null, false);
                workgroups.setLead(id, person("Maya Thompson"));
                workgroups.setLead(id, person("Sam Chen"));
            }
            return null;
        });
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            workgroups.list(atlanta, PageRequest.of(0, 1));
            long forOne = statistics.getPrepareStatementCount();
            statistics.clear();
            List<WorkgroupSummary> page = workgroups.list(atlanta, PageRequest.of(0, 50)).getContent();
            assertThat(page).hasSizeGreaterThan(3);
            assertThat(statistics.getPrepareStatementCount()).as("statements for a long page").isEqualTo(forOne);
            assertThat(page).filteredOn(w -> w.name().startsWith("Listed ")).allSatisfy(w -> {
                assertThat(w.leads()).containsExactly("Maya Thompson", "Sam Chen");
                assertThat(w.members()).isEqualTo(2);
            });
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
