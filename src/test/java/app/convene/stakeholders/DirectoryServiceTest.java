package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@ConveneTest
class DirectoryServiceTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long initiative;
    String tag;

    @BeforeEach
    void listSomePeople() {
        initiative = fixtures.initiativeId("worker-equity-initiative");
        tag = UUID.randomUUID().toString().substring(0, 6);
        add("Listed Person " + tag, Sector.LABOR_UNION, "Oakland", true, "APPROVED");
        add("Hidden Person " + tag, Sector.LABOR_UNION, "Oakland", false, "APPROVED");
        add("Pending Person " + tag, Sector.LABOR_UNION, "Oakland", true, "PENDING");
        add("Trainer " + tag, Sector.TRAINING_PROVIDER, "Fresno", true, "APPROVED");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void add(String name, Sector sector, String region, boolean consent, String status) {
        String email = name.toLowerCase().replace(' ', '.') + "@example.org";
        registrations.register(initiative, new NewRegistration(name, email, null, "Org " + tag, "Organizer", sector,
                null, region, null, null, Set.of(), consent, new Demographics(Set.of(Demographics.RaceEthnicity.ASIAN),
                null, null)), "10.9." + UUID.randomUUID().hashCode());
        jdbc.update("update registration set status = ? where email_key = ?", status, email);
    }


    private List<String> names(DirectoryFilter filter) {
        return directory.directory(initiative, filter, PageRequest.of(0, 100)).stream()
                .map(DirectoryEntry::name).filter(n -> n.endsWith(tag)).toList();
    }

    @Test
    void listsOnlyApprovedPeopleWhoConsentedAndFilters() {
        fixtures.signInAs("Daniel Okafor"); // committee member of the WEI

        assertThat(names(DirectoryFilter.NONE)).containsExactly("Listed Person " + tag, "Trainer " + tag);
        assertThat(names(new DirectoryFilter(null, Sector.TRAINING_PROVIDER, null, null))).containsExactly("Trainer " + tag);
        assertThat(names(new DirectoryFilter("listed", null, null, null))).containsExactly("Listed Person " + tag);
        assertThat(names(new DirectoryFilter(null, null, "fresno", null))).containsExactly("Trainer " + tag);
        assertThat(names(new DirectoryFilter("org " + tag, null, null, null))).hasSize(2);
    }

    @Test
    void entriesCarryNoDemographics() {
        assertThat(DirectoryEntry.class.getRecordComponents()).extracting(c -> c.getName())
                .doesNotContain("raceEthnicity", "gender", "livedExperience", "demographics");
    }

    @Test
    void peopleWithoutARoleInTheInitiativeCannotReadIt() {
        fixtures.signInAs("Priya Nair"); // stakeholder of another initiative
        assertThatThrownBy(() -> directory.directory(initiative, DirectoryFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> directory.directory(initiative, DirectoryFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
