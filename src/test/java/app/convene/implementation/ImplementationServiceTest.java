package app.convene.implementation;

import static app.convene.support.FieldRefusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.recommendations.RecommendationService;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Tracking published recommendations into implementation, on the demo's Worker Equity Initiative. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=implementation")
class ImplementationServiceTest {

    static final String WEI = "worker-equity-initiative";

    @Autowired
    ImplementationService service;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    app.convene.security.PersonService persons;
    @Autowired
    app.convene.security.RoleService roles;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    long wei;
    long id;
    long lwda;
    long milestone;

    @BeforeEach
    void publishedRecommendation() {
        wei = fixtures.initiativeId(WEI);
        id = recommendation(true);
        lwda = jdbc.queryForObject("select id from organization where name = ?", Long.class,
                "California Labor and Workforce Development Agency (LWDA)");
        milestone = fixtures.milestoneId(WEI, "Recommendations shared with LWDA");
        fixtures.signInAs("Maya Thompson"); // coordinator of the WEI
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long recommendation(boolean published) {
        long made = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Implementation test"), "Principles"), "Living wages",
                "Pay living wages.").id());
        if (published) {
            jdbc.update("update recommendation set status = 'PUBLISHED', published_revision = 1 where id = ?", made);
        }
        return made;
    }

    long audits(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(id));
    }

    @Test
    void aCoordinatorTracksOwnerStatusAndMilestonesEachSaveAudited() {
        ImplementationTracking fresh = service.tracking(id);
        assertThat(fresh.version()).isZero();
        assertThat(fresh.status()).isEqualTo(ImplementationStatus.NOT_STARTED);
        assertThat(fresh.changedAt()).isNull();

        ImplementationTracking saved = service.save(id, 0, new TrackingDraft(lwda, ImplementationStatus.IN_PROGRESS,
                "ignored unless not pursued", Set.of(milestone)));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(ImplementationStatus.IN_PROGRESS);
        assertThat(saved.owner().label()).isEqualTo("California Labor and Workforce Development Agency (LWDA)");
        assertThat(saved.notPursuedReason()).isNull();
        assertThat(saved.milestones()).extracting(PickerOption::label).containsExactly("Recommendations shared with LWDA");
        assertThat(saved.changedAt()).isNotNull();
        assertThat(service.tracking(id)).isEqualTo(saved);

        service.save(id, 1, new TrackingDraft(null, ImplementationStatus.NOT_PURSUED, "  Funding ended  ", Set.of()));
        ImplementationTracking after = service.tracking(id);
        assertThat(after.notPursuedReason()).isEqualTo("Funding ended");
        assertThat(after.owner()).isNull();
        assertThat(after.milestones()).isEmpty();
        assertThat(audits("implementation.tracked")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select after_state from audit_event where action = 'implementation.tracked' "
                + "and subject_id = ? order by id desc limit 1", String.class, String.valueOf(id)))
                .isEqualTo("NOT_PURSUED (Funding ended), owner=none, milestones=[]");
    }

    @Test
    void notPursuedNeedsAReasonAndNothingIsSavedWithout() {
        assertRefused(() -> service.save(id, 0, new TrackingDraft(lwda, ImplementationStatus.NOT_PURSUED, " ",
                Set.of())), "notPursuedReason", "implementation.error.reasonRequired");
        assertRefused(() -> service.save(id, 0, new TrackingDraft(lwda, ImplementationStatus.NOT_PURSUED,
                "x".repeat(2001), Set.of())), "notPursuedReason", "implementation.error.tooLong");
        assertRefused(() -> service.save(id, 0, new TrackingDraft(lwda, null, null, Set.of())), "status",
                "implementation.error.required");
        assertThat(service.tracking(id).version()).isZero();
        assertThat(audits("implementation.tracked")).isZero();
    }

    @Test
    void ownerAndMilestonesMustBeOfTheSameInitiative() {
        long stranger = jdbc.queryForObject("insert into organization (name, type) values ('Nobody''s partner', "
                + "'NONPROFIT') returning id", Long.class);
        long otherMilestone = jdbc.queryForObject("select min(m.id) from milestone m join initiative i on "
                + "i.id = m.initiative_id where i.slug = 'equity-at-work'", Long.class);
        assertRefused(() -> service.save(id, 0, new TrackingDraft(stranger, ImplementationStatus.IN_PROGRESS, null,
                Set.of())), "owner", "implementation.error.ownerNotOfInitiative");
        assertRefused(() -> service.save(id, 0, new TrackingDraft(lwda, ImplementationStatus.IN_PROGRESS, null,
                Set.of(milestone, otherMilestone))), "milestones", "implementation.error.milestoneNotOfInitiative");
        // The pickers offer the initiative's own only.
        List<PickerOption> owners = service.ownerChoices(id, "", 0, 500);
        assertThat(owners).extracting(PickerOption::label)
                .contains("California Labor and Workforce Development Agency (LWDA)", "Golden State Worker Center (example)")
                .doesNotContain("Nobody's partner");
        assertThat(service.ownerChoices(id, "worker center", 0, 10)).extracting(PickerOption::label)
                .containsExactly("Golden State Worker Center (example)", "Valley Worker Center (example)");
        assertThat(service.milestoneChoices(id, "", 0, 500)).extracting(PickerOption::id)
                .contains(milestone).doesNotContain(otherMilestone);
        assertThat(service.tracking(id).version()).isZero();
    }

    @Test
    void aStaleSaveIsRefusedAndTheFirstSaveStands() {
        service.save(id, 0, new TrackingDraft(lwda, ImplementationStatus.IN_PROGRESS, null, Set.of()));
        assertThatThrownBy(() -> service.save(id, 0, new TrackingDraft(null, ImplementationStatus.IMPLEMENTED, null,
                Set.of(milestone)))).isInstanceOf(OptimisticLockingFailureException.class);
        ImplementationTracking stands = service.tracking(id);
        assertThat(stands.status()).isEqualTo(ImplementationStatus.IN_PROGRESS);
        assertThat(stands.owner().id()).isEqualTo(lwda);
        assertThat(stands.milestones()).isEmpty();
        assertThat(audits("implementation.tracked")).isEqualTo(1);
    }

    @Test
    void progressUpdatesAreDatedNewestFirstAndPaged() {
        fixtures.signInAs("Daniel Okafor"); // committee member: may report progress
        service.addUpdate(id, LocalDate.of(2022, 3, 1), "Second");
        service.addUpdate(id, LocalDate.of(2022, 1, 20), "First");
        service.addUpdate(id, LocalDate.of(2022, 5, 12), "Third");
        assertRefused(() -> service.addUpdate(id, LocalDate.now().plusDays(2), "Tomorrow"), "on",
                "implementation.error.future");
        assertRefused(() -> service.addUpdate(id, LocalDate.of(2022, 6, 1), "  "), "text", "implementation.error.required");
        assertRefused(() -> service.addUpdate(id, null, "No date"), "on", "implementation.error.required");

        Slice<ProgressUpdate> first = service.updates(id, PageRequest.of(0, 2));
        assertThat(first.getContent()).extracting(ProgressUpdate::text).containsExactly("Third", "Second");
        assertThat(first.getContent()).extracting(ProgressUpdate::author).containsOnly("Daniel Okafor");
        assertThat(first.hasNext()).isTrue();
        Slice<ProgressUpdate> second = service.updates(id, first.nextPageable());
        assertThat(second.getContent()).extracting(ProgressUpdate::text).containsExactly("First");
        assertThat(second.hasNext()).isFalse();
        assertThat(audits("implementation.updateAdded")).isEqualTo(3);
        // An update makes the tracking row without counting as a save: the coordinator's form still opens at 0.
        fixtures.signInAs("Maya Thompson");
        assertThat(service.tracking(id).version()).isZero();
        service.save(id, 0, new TrackingDraft(lwda, ImplementationStatus.IMPLEMENTED, null, Set.of()));

        ImplementationStanding standing = service.standings(wei).get(id);
        assertThat(standing).isEqualTo(new ImplementationStanding(id, ImplementationStatus.IMPLEMENTED, null,
                "California Labor and Workforce Development Agency (LWDA)", LocalDate.of(2022, 5, 12), "Third", List.of()));
    }

    @Test
    void onlyAPublishedRecommendationIsTracked() {
        long draft = recommendation(false);
        assertRefused(() -> service.save(draft, 0, new TrackingDraft(lwda, ImplementationStatus.IN_PROGRESS, null,
                Set.of())), null, "implementation.error.notPublished");
        assertRefused(() -> service.addUpdate(draft, LocalDate.of(2022, 1, 1), "Early"), null,
                "implementation.error.notPublished");
        assertThat(service.standings(wei)).doesNotContainKey(draft);
    }

    @Test
    void theDemoTracksTheInitiativesPublishedRecommendation() {
        long published = fixtures.recommendationId("Center the needs, voices and career aspirations of workers");
        ImplementationTracking demo = service.tracking(published);
        assertThat(demo.status()).isEqualTo(ImplementationStatus.IN_PROGRESS);
        assertThat(demo.owner().label()).isEqualTo("California Labor and Workforce Development Agency (LWDA)");
        assertThat(demo.milestones()).extracting(PickerOption::label).containsExactly("Recommendations shared with LWDA");
        assertThat(demo.indicators()).isEmpty(); // the WEI has no indicators in the demo: none linked across initiatives
        assertThat(service.updates(published, PageRequest.of(0, 10)).getContent())
                .extracting(ProgressUpdate::on, ProgressUpdate::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 5, 12), "Daniel Okafor"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 3, 1), "Lucía Hernández"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 1, 20), "Maya Thompson"));
        assertThat(service.standings(wei).get(published).lastUpdateOn()).isEqualTo(LocalDate.of(2022, 5, 12));
    }

    @Test
    void closingAnAccountRemovesTheNameFromItsUpdates() {
        long person = Authorization.runAsSystem(() -> {
            long made = persons.registerKnown("implementation-closing", "Rosa Closing", "rosa.closing@example.org");
            roles.appoint(wei, made, app.convene.security.InitiativeRole.COMMITTEE_MEMBER);
            return made;
        });
        SignIn.as(new app.convene.security.Actor(person, "Rosa Closing", false));
        service.addUpdate(id, LocalDate.of(2023, 2, 1), "Written before closing");
        fixtures.signInAs("Maya Thompson");
        transaction.executeWithoutResult(status -> events.publishEvent(
                new app.convene.security.AccountClosed(person, "Former member 7", List.of("Rosa Closing"))));
        assertThat(service.updates(id, PageRequest.of(0, 5)).getContent())
                .extracting(ProgressUpdate::author, ProgressUpdate::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Former member 7", "Written before closing"));
    }
}
