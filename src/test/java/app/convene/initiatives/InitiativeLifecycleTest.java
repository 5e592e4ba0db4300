package app.convene.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 14: administrators create draft initiatives; drafts are for members, archived ones read-only. */
@ConveneTest
class InitiativeLifecycleTest {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    InitiativeLifecycle lifecycle;
    @Autowired
    RoleService roles;
    @Autowired
    SmallInitiatives small;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Actor admin() {
        long id = jdbc.queryForObject("select id from person where display_name = 'Alex Rivera'", Long.class);
        return new Actor(id, "Alex Rivera", true);
    }

    private String slug() {
        return "draft-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long createDraft(String slug) {
        SignIn.as(admin());
        long id = initiatives.createDraft(new InitiativeDraft("Inland Empire Good Jobs Table", slug, "Inland Empire, CA",
                "A table", "America/Los_Angeles", List.of("en", "es")));
        SignIn.out();
        return id;
    }

    private Actor coordinatorOf(long initiativeId) {
        Actor coordinator = small.person("Coordinator");
        Authorization.runAsSystem(() -> roles.appoint(initiativeId, coordinator.personId(), InitiativeRole.COORDINATOR));
        return coordinator;
    }

    @Test
    void aNewInitiativeIsADraftThatOnlyItsMembersAndAdministratorsSee() {
        String slug = slug();
        long id = createDraft(slug);

        assertThat(initiatives.statusOf(id)).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(initiatives.findPublicBySlug(slug)).as("a visitor").isEmpty();
        assertThat(initiatives.findBySlug(slug)).as("every page under its address").isEmpty();
        assertThat(initiatives.listPublic(PageRequest.of(0, 500)).map(InitiativeSummary::slug)).doesNotContain(slug);
        SignIn.as(small.person("Stranger"));
        assertThat(initiatives.findPublicBySlug(slug)).as("signed in, no role there").isEmpty();
        SignIn.as(coordinatorOf(id));
        InitiativeDetails seen = initiatives.findPublicBySlug(slug).orElseThrow();
        assertThat(seen.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(seen.languages()).containsExactly("en", "es");
        SignIn.as(admin());
        assertThat(initiatives.findPublicBySlug(slug)).isPresent();
        assertThat(lifecycle.listAll(PageRequest.of(0, 500)).map(InitiativeAdminItem::slug)).contains(slug);
    }

    @Test
    void aCoordinatorPublishesTheDraftAndThePublicSeesIt() {
        String slug = slug();
        long id = createDraft(slug);
        SignIn.as(coordinatorOf(id));

        lifecycle.publish(id);

        SignIn.out();
        assertThat(initiatives.findPublicBySlug(slug)).isPresent();
        assertThat(initiatives.listPublic(PageRequest.of(0, 500)).map(InitiativeSummary::slug)).contains(slug);
        assertThat(jdbc.queryForObject("select after_state from audit_event where action = 'initiative.published'"
                + " and subject_id = ?", String.class, String.valueOf(id))).isEqualTo("status=PUBLISHED");
    }

    @Test
    void theFieldsSayWhatIsWrongAndATakenAddressIsRefused() {
        String slug = slug();
        createDraft(slug);
        SignIn.as(admin());

        assertField(new InitiativeDraft(" ", slug(), "R", null, "UTC", List.of("en")), "name", "initiatives.error.nameRequired");
        assertField(new InitiativeDraft("N", "Bad Address", "R", null, "UTC", List.of("en")), "slug",
                "initiatives.error.slugMalformed");
        assertField(new InitiativeDraft("N", "a--b", "R", null, "UTC", List.of("en")), "slug",
                "initiatives.error.slugMalformed");
        assertField(new InitiativeDraft("N", slug, "R", null, "UTC", List.of("en")), "slug", "initiatives.error.slugTaken");
        assertField(new InitiativeDraft("N".repeat(201), slug(), "R", null, "UTC", List.of("en")), "name", "error.tooLong");
        assertField(new InitiativeDraft("N", slug(), "R", "S".repeat(4001), "UTC", List.of("en")), "summary",
                "error.tooLong");
        assertField(new InitiativeDraft("N", slug(), "R", null, "Mars/Olympus", List.of("en")), "timeZone",
                "initiatives.error.timeZone");
        assertField(new InitiativeDraft("N", slug(), "R", null, "UTC", List.of()), "languages",
                "initiatives.error.languages");
        assertField(new InitiativeDraft("N", slug(), "R", null, "UTC", List.of("fr")), "languages",
                "initiatives.error.languages");
    }

    private void assertField(InitiativeDraft draft, String field, String key) {
        assertThatThrownBy(() -> initiatives.createDraft(draft)).isInstanceOfSatisfying(ValidationError.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void theShortAddressIsSuggestedFromTheName() {
        assertThat(InitiativeDraft.suggestSlug("Inland Empire Good Jobs Table")).isEqualTo("inland-empire-good-jobs-table");
        assertThat(InitiativeDraft.suggestSlug("  Equity@Work: Atlanta & Región  ")).isEqualTo("equity-at-work-atlanta-and-region");
    }

    @Test
    void anArchivedInitiativeIsReadOnlyForEveryoneUntilRestored() {
        long id = small.initiative();
        String slug = initiatives.findById(id).orElseThrow().slug();
        Actor coordinator = coordinatorOf(id);
        Actor stakeholder = small.person("Stakeholder");
        Authorization.runAsSystem(() -> roles.appoint(id, stakeholder.personId(), InitiativeRole.STAKEHOLDER));
        SignIn.as(admin());

        lifecycle.archive(id);

        assertThat(initiatives.listPublic(PageRequest.of(0, 500)).map(InitiativeSummary::slug)).doesNotContain(slug);
        assertThatThrownBy(() -> roles.appoint(id, coordinator.personId(), InitiativeRole.STAKEHOLDER))
                .as("even an administrator").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.publish(id)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(coordinator);
        assertThatThrownBy(() -> initiatives.savePhase(id, null, null, new PhaseDraft("Phase", null,
                LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1), false))).isInstanceOf(AccessDeniedException.class);
        assertThat(roles.list(id, PageRequest.of(0, 10))).as("reading goes on").isNotEmpty();
        assertThat(initiatives.findPublicBySlug(slug)).as("its pages stay for members").isPresent();
        SignIn.as(stakeholder);
        assertThat(initiatives.findPublicBySlug(slug)).isPresent();
        SignIn.out();
        assertThat(initiatives.findPublicBySlug(slug)).as("not for the public").isEmpty();

        SignIn.as(admin());
        lifecycle.restore(id);

        assertThat(initiatives.statusOf(id)).isEqualTo(InitiativeStatus.DRAFT);
        SignIn.as(coordinator);
        initiatives.savePhase(id, null, null, new PhaseDraft("Phase", null, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 2, 1), false));
        lifecycle.publish(id);
        assertThat(initiatives.statusOf(id)).isEqualTo(InitiativeStatus.PUBLISHED);
    }

    @Test
    void onlyAdministratorsArchiveAndCoordinatorsOfOtherInitiativesCannotPublish() {
        long id = createDraft(slug());
        long other = small.initiative();
        SignIn.as(coordinatorOf(other));
        assertThatThrownBy(() -> lifecycle.publish(id)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(coordinatorOf(id));
        assertThatThrownBy(() -> lifecycle.archive(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(initiatives.statusOf(id)).isEqualTo(InitiativeStatus.DRAFT);
    }
}
