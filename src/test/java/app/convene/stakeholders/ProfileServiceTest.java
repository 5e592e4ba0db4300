package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** A stakeholder's own data, against the real local Keycloak (closing an account disables the login). */
@ConveneTest
@TestPropertySource(properties = "convene.keycloak.embedded=auto")
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;
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

    long atlanta() {
        return fixtures.initiativeId("equity-at-work");
    }

    /** Registers and approves a new person (with a Keycloak account) and signs in as them. */
    long newStakeholder(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        registrations.register(atlanta(), new NewRegistration(name, email, null, "Profile Org", "Organizer",
                Sector.WORKER_CENTER, null, "Atlanta", null, null, Set.of(), true,
                new Demographics(Set.of(Demographics.RaceEthnicity.BLACK_AFRICAN_AMERICAN), Demographics.Gender.WOMAN,
                        Demographics.LivedExperience.YES)), "10.6." + UUID.randomUUID().hashCode());
        long id = jdbc.queryForObject("select id from registration where email_key = ?", Long.class, email);
        long maya = fixtures.personId("Maya Thompson");
        SignIn.as(new Actor(maya, "Maya Thompson", false));
        registrations.approve(id, null, "http://localhost:8080/");
        long person = jdbc.queryForObject("select person_id from registration where id = ?", Long.class, id);
        SignIn.as(new Actor(person, name, false));
        return person;
    }

    @Test
    void visitorsHaveNoProfile() {
        assertThatThrownBy(() -> profiles.mine(atlanta())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOrganizationThatIsGoneIsAValidationErrorByItsField() {
        newStakeholder("Ines Ortega");
        MyProfile mine = profiles.mine(atlanta()).orElseThrow();
        NewRegistration changes = new NewRegistration("Ines Ortega", mine.email(), Long.MAX_VALUE, null, null,
                Sector.WORKER_CENTER, null, null, null, null, Set.of(), false, mine.demographics());

        assertThatThrownBy(() -> profiles.update(atlanta(), mine.version(), changes))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("organizationId");
                    assertThat(e.messageKey()).isEqualTo("join.error.stale");
                });
        assertThat(profiles.mine(atlanta()).orElseThrow().version()).isEqualTo(mine.version());
    }

    @Test
    void aStaleSaveIsRefusedAndAFreshOneKeepsEverything() {
        newStakeholder("Rosa Vega");
        MyProfile mine = profiles.mine(atlanta()).orElseThrow();
        assertThat(mine.demographics().gender()).isEqualTo(Demographics.Gender.WOMAN);
        NewRegistration changes = new NewRegistration("Rosa M. Vega", "ignored@example.org", null, "Profile Org",
                "Director", Sector.WORKER_CENTER, "DeKalb County", "Decatur", "Spanish", null, Set.of(), false,
                mine.demographics());

        profiles.update(atlanta(), mine.version(), changes);
        assertThatThrownBy(() -> profiles.update(atlanta(), mine.version(), changes))
                .isInstanceOf(OptimisticLockingFailureException.class);

        MyProfile saved = profiles.mine(atlanta()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Rosa M. Vega");
        assertThat(saved.email()).isEqualTo(mine.email());
        assertThat(saved.county()).isEqualTo("DeKalb County");
        assertThat(saved.directoryConsent()).isFalse();
        assertThat(saved.demographics()).isEqualTo(mine.demographics());
    }

    @Test
    void downloadHoldsEverythingOnThePersonIncludingTheirOwnDemographics() {
        newStakeholder("Lena Park");
        String json = new String(profiles.myData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"name\" : \"Lena Park\"", "Equity@Work", "STAKEHOLDER", "BLACK_AFRICAN_AMERICAN",
                "WOMAN");
    }

    @Test
    void closingAnAccountAnonymisesItKeepsTheRowsAndEndsTheRoles() {
        long person = newStakeholder("Tom Reyes");
        Integer registrationsBefore = jdbc.queryForObject("select count(*) from registration", Integer.class);

        profiles.closeMyAccount();

        Map<String, Object> row = jdbc.queryForMap("""
                select name, email, status, race_ethnicity, gender, directory_consent from registration where person_id = ?""",
                person);
        assertThat((String) row.get("name")).startsWith("Former stakeholder #");
        assertThat(row).containsEntry("status", "CLOSED").containsEntry("race_ethnicity", null)
                .containsEntry("gender", null).containsEntry("directory_consent", false);
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isEqualTo(registrationsBefore);
        assertThat(jdbc.queryForObject("select count(*) from initiative_role where person_id = ?", Integer.class, person))
                .isZero();
        assertThat(jdbc.queryForMap("select display_name, email, closed_at is not null as closed from person where id = ?",
                person)).containsEntry("email", null).containsEntry("closed", true);
    }

    @Test
    void aNulCharacterInTheProfileIsRefusedByItsFieldAndNothingIsSaved() {
        newStakeholder("Vera Nolan");
        MyProfile mine = profiles.mine(atlanta()).orElseThrow();
        NewRegistration changes = new NewRegistration("Vera Nolan", mine.email(), null, "Profile Org", "Dir\0ector",
                Sector.WORKER_CENTER, null, null, null, null, Set.of(), false, mine.demographics());

        assertThatThrownBy(() -> profiles.update(atlanta(), mine.version(), changes))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("error.nulCharacter");
                });
        MyProfile after = profiles.mine(atlanta()).orElseThrow();
        assertThat(after.version()).isEqualTo(mine.version());
        assertThat(after.title()).isEqualTo("Organizer");
    }

    @Test
    void theDownloadHoldsEveryModulesPartWithTheInitiativeNamed() throws Exception {
        long person = newStakeholder("Nora Quinn");
        // The person's work elsewhere, written as the modules store it.
        long round = jdbc.queryForObject("select id from decision_round order by id limit 1", Long.class);
        long recommendation = jdbc.queryForObject("select recommendation_id from decision_round where id = ?", Long.class,
                round);
        long elsewhere = jdbc.queryForObject("select initiative_id from recommendation where id = ?", Long.class,
                recommendation);
        String elsewhereName = jdbc.queryForObject("select name from initiative where id = ?", String.class, elsewhere);
        long workgroup = jdbc.queryForObject("select id from workgroup where initiative_id = ? order by id limit 1",
                Long.class, elsewhere);
        long otherWorkgroup = jdbc.queryForObject(
                "select id from workgroup where initiative_id = ? and id <> ? order by id limit 1", Long.class, elsewhere,
                workgroup);
        jdbc.update("insert into workgroup_member (workgroup_id, person_id, role) values (?, ?, 'LEAD')", workgroup, person);
        jdbc.update("insert into join_request (workgroup_id, person_id, reason, status) values (?, ?, 'I can help', 'PENDING')",
                otherWorkgroup, person);
        jdbc.update("""
                insert into workgroup_note (workgroup_id, kind, title, body, note_date, author_id)
                values (?, 'MEETING', 'Nora''s minutes', 'We met', current_date, ?)""", workgroup, person);
        jdbc.update("""
                insert into recommendation_comment (recommendation_id, revision_number, paragraph_index, paragraph_text,
                    author_person_id, author_name, body, created_at) values (?, 1, 0, 'P', ?, 'Nora Quinn', 'Nora''s comment', now())""",
                recommendation, person);
        jdbc.update("""
                insert into recommendation_revision (recommendation_id, number, title, body, summary, author_person_id, author_name)
                values (?, 1000, 'Nora''s revision', 'Body', 'Edit', ?, 'Nora Quinn')""", recommendation, person);
        jdbc.update("""
                insert into decision_response (round_id, person_id, person_name, response, reason, updated_at)
                values (?, ?, 'Nora Quinn', 'CONCERN', 'Nora''s concern', now())""", round, person);
        jdbc.update("insert into notice (person_id, kind, text) values (?, 'WORKGROUP', 'Nora''s notice')", person);

        tools.jackson.databind.JsonNode data = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(profiles.myData());

        assertThat(data.path("roles")).anySatisfy(role -> {
            assertThat(role.path("role").asString()).isEqualTo("STAKEHOLDER");
            assertThat(role.path("initiative").asString()).isEqualTo("Equity@Work");
        });
        assertThat(data.path("workgroups")).anySatisfy(w -> {
            assertThat(w.path("initiative").asString()).isEqualTo(elsewhereName);
            assertThat(w.path("role").asString()).isEqualTo("LEAD");
        });
        for (String part : java.util.List.of("joinRequests", "workgroupNotes", "recommendationComments",
                "revisionsAuthored", "decisionResponses")) {
            assertThat(data.path(part)).as(part).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.path("initiative").asString()).isEqualTo(elsewhereName));
        }
        assertThat(data.path("joinRequests").get(0).path("reason").asString()).isEqualTo("I can help");
        assertThat(data.path("workgroupNotes").get(0).path("title").asString()).isEqualTo("Nora's minutes");
        assertThat(data.path("recommendationComments").get(0).path("body").asString()).isEqualTo("Nora's comment");
        assertThat(data.path("revisionsAuthored").get(0).path("title").asString()).isEqualTo("Nora's revision");
        assertThat(data.path("decisionResponses").get(0).path("reason").asString()).isEqualTo("Nora's concern");
        assertThat(data.path("notices")).anySatisfy(n -> assertThat(n.path("text").asString()).isEqualTo("Nora's notice"));
    }

    @Test
    void closingAnAccountLeavesNeitherTheNameNorTheEmailInTheAuditLog() {
        String name = "Quincy " + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase() + "mire";
        newStakeholder(name);
        MyProfile mine = profiles.mine(atlanta()).orElseThrow();
        profiles.update(atlanta(), mine.version(), new NewRegistration(name, mine.email(), null, "Profile Org", "Director",
                Sector.WORKER_CENTER, null, null, null, null, Set.of(), true, mine.demographics()));
        assertThat(auditRowsHolding(name)).isPositive();

        profiles.closeMyAccount();

        assertThat(auditRowsHolding(name)).as("audit rows naming the person").isZero();
        assertThat(auditRowsHolding(mine.email())).as("audit rows holding the email").isZero();
    }

    @Test
    void closingAnAccountDropsRepeatRegistrationsWaitingForItsMailbox() {
        newStakeholder("Wanda Keptaside");
        String mailbox = NewRegistration.emailKey(profiles.mine(atlanta()).orElseThrow().email());
        jdbc.update("""
                insert into registration_confirmation (token_hash, initiative_id, email_key, answers, created_at, expires_at)
                values (?, ?, ?, '{"name":"Wanda Keptaside"}', now(), now() + interval '1 day')""",
                UUID.randomUUID().toString().replace("-", ""), atlanta(), mailbox);

        profiles.closeMyAccount();

        assertThat(jdbc.queryForObject("select count(*) from registration_confirmation where email_key = ? or answers like ?",
                Integer.class, mailbox, "%Wanda Keptaside%")).isZero();
    }

    /** Rows of the audit log with the text in any of its text columns (any letter case). */
    private int auditRowsHolding(String text) {
        java.util.List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = 'audit_event' and data_type in ('text', 'character varying')""", String.class);
        assertThat(columns).contains("actor_label", "before_state", "after_state", "subject_id");
        String where = String.join(" or ", columns.stream().map(c -> c + " ilike ?").toList());
        Object[] params = columns.stream().map(c -> "%" + text + "%").toArray();
        return jdbc.queryForObject("select count(*) from audit_event where " + where, Integer.class, params);
    }

    @Test
    void anImportedRecordWithTheSignedInPersonsEmailBecomesTheirs() {
        long maya = fixtures.personId("Maya Thompson");
        long jordan = fixtures.personId("Jordan Ellis");
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, sector, status, source, directory_consent)
                values (?, 'jordan.ellis@example.org', 'Jordan Ellis', 'jordan.ellis@example.org', 'EMPLOYER', 'APPROVED',
                        'IMPORT', true) on conflict do nothing""", atlanta());
        // His sign-in (a pre-verified demo account) records that Keycloak verified the email; only then it links.
        jdbc.update("update person set email_verified = true where id = ?", jordan);
        SignIn.as(new Actor(jordan, "Jordan Ellis", false));

        assertThat(profiles.mine(atlanta())).hasValueSatisfying(p -> assertThat(p.sector()).isEqualTo(Sector.EMPLOYER));
        assertThat(jdbc.queryForObject("select person_id from registration where email_key = 'jordan.ellis@example.org'"
                + " and initiative_id = ?", Long.class, atlanta())).isEqualTo(jordan);
        assertThat(maya).isNotEqualTo(jordan);
    }
}
