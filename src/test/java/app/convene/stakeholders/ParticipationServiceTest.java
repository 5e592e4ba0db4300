package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
@org.springframework.test.context.TestPropertySource(properties = "convene.test.database=participation")
class ParticipationServiceTest {

    @Autowired
    ParticipationService participation;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void countsBelowFiveAreSuppressedAndNoPersonCanBeSingledOut() {
        String slug = "participation-" + UUID.randomUUID().toString().substring(0, 8);
        long initiative = Authorization.runAsSystem(() -> initiatives.create(new NewInitiative(slug, "P", "Region", null,
                null, null, List.of(), List.of())));
        for (int i = 0; i < 6; i++) {
            add(initiative, "union" + i, Sector.LABOR_UNION, Demographics.Gender.WOMAN);
        }
        add(initiative, "employer", Sector.EMPLOYER, Demographics.Gender.MAN);
        jdbc.update("update registration set status = 'APPROVED' where initiative_id = ?", initiative);

        ParticipationSummary summary = Authorization.runAsSystem(() -> participation.summary(initiative));

        assertThat(summary.stakeholders()).isEqualTo(7);
        assertThat(summary.bySector()).containsExactly(new ParticipationSummary.Count("LABOR_UNION", 6L),
                new ParticipationSummary.Count("EMPLOYER", null));
        assertThat(summary.demographics().gender().cells()).extracting(ProtectedCell::label)
                .containsExactly("WOMAN", "MAN", "NON_BINARY", "ANOTHER", "PREFER_NOT_TO_SAY");
        assertThat(summary.demographics().gender().cells().get(0).value()).isIn(6L);
        assertThat(summary.demographics().gender().cells().subList(1, 5)).allMatch(ProtectedCell::suppressed);
        assertThat(summary.demographics().answered()).isIn(6L, 9L);
    }

    @Test
    void everyDemographicsCountGoesThroughTheDisclosureControlWithTheKeysOfItsPeople() {
        String slug = "disclosure-" + UUID.randomUUID().toString().substring(0, 8);
        long initiative = Authorization.runAsSystem(() -> initiatives.create(new NewInitiative(slug, "D", "Region", null,
                null, null, List.of(), List.of())));
        for (int i = 0; i < 8; i++) {
            Set<Demographics.RaceEthnicity> race = i < 3 ? Set.of(Demographics.RaceEthnicity.ASIAN)
                    : i < 7 ? Set.of(Demographics.RaceEthnicity.ASIAN, Demographics.RaceEthnicity.WHITE) : Set.of();
            register(initiative, "person" + i, Sector.LABOR_UNION, new Demographics(race,
                    i < 7 ? Demographics.Gender.WOMAN : null, i == 0 ? Demographics.LivedExperience.YES : null));
        }
        register(initiative, "pending", Sector.EMPLOYER, new Demographics(Set.of(), Demographics.Gender.MAN, null));
        jdbc.update("update registration set status = 'APPROVED', cell_key = 1000 * cast(substring(name from 7) as int) + 7"
                + " where initiative_id = ? and name like 'person%'", initiative);
        long women = 7 * 6 / 2 * 1000 + 7 * 7; // people 0..6: keys 7, 1007, ..., 6007
        long population = women + 7007;
        long asian = women;
        long white = 3007 + 4007 + 5007 + 6007;

        DemographicsTables shown = Authorization.runAsSystem(() -> participation.summary(initiative)).demographics();

        assertThat(shown.gender()).isEqualTo(DisclosureControl.protect(List.of(new CellInput("WOMAN", 7, women),
                new CellInput("MAN", 0, 0), new CellInput("NON_BINARY", 0, 0), new CellInput("ANOTHER", 0, 0),
                new CellInput("PREFER_NOT_TO_SAY", 0, 0)), population));
        assertThat(shown.raceEthnicity().cells()).extracting(ProtectedCell::label).containsExactly(
                java.util.Arrays.stream(Demographics.RaceEthnicity.values()).map(Enum::name).toArray(String[]::new));
        List<CellInput> race = java.util.Arrays.stream(Demographics.RaceEthnicity.values()).map(r -> switch (r) {
            case ASIAN -> new CellInput("ASIAN", 7, asian);
            case WHITE -> new CellInput("WHITE", 4, white);
            default -> new CellInput(r.name(), 0, 0);
        }).toList();
        assertThat(shown.raceEthnicity()).isEqualTo(DisclosureControl.protect(race, population));
        assertThat(shown.raceEthnicity().total()).as("the total of the cells shown").isEqualTo(
                shown.raceEthnicity().cells().stream().mapToLong(c -> c.value() == null ? 0 : c.value()).sum());
        assertThat(shown.livedExperience().cells()).allMatch(ProtectedCell::suppressed);
        assertThat(shown.livedExperience().total()).isZero();
        assertThat(shown.answered()).isEqualTo(DisclosureControl.protect(List.of(new CellInput("answered", 7, women)),
                population).cells().getFirst().value());
    }

    @Test
    void onlyCoordinatorsSeeTheSummary() {
        long atlanta = fixtures.initiativeId("equity-at-work");
        long jordan = fixtures.personId("Jordan Ellis");
        SignIn.as(new Actor(jordan, "Jordan Ellis", false));
        assertThatThrownBy(() -> participation.summary(atlanta)).isInstanceOf(AccessDeniedException.class);
    }

    private void register(long initiative, String who, Sector sector, Demographics demographics) {
        registrations.register(initiative, new NewRegistration(who, who + "." + UUID.randomUUID() + "@example.org", null,
                "Org", null, sector, null, "Region", null, null, Set.of(), true, demographics),
                "10.5." + UUID.randomUUID().hashCode());
    }

    private void add(long initiative, String who, Sector sector, Demographics.Gender gender) {
        registrations.register(initiative, new NewRegistration(who, who + "." + UUID.randomUUID() + "@example.org", null,
                "Org", null, sector, null, "Region", null, null, Set.of(), true,
                new Demographics(Set.of(), gender, null)), "10.5." + UUID.randomUUID().hashCode());
    }
}
