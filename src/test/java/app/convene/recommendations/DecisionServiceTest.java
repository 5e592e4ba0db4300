package app.convene.recommendations;

import app.convene.shared.ValidationError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.test.database=decisions")
class DecisionServiceTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoleService roles;

    long wei;
    long id;

    @BeforeEach
    void recommendation() {
        wei = fixtures.initiativeId("worker-equity-initiative");
        id = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Recommendations to LWDA"), "Principles"), "Living wages", "Pay living wages.").id());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    void signInAs(String name) {
        SignIn.as(new Actor(fixtures.personId(name), name, false));
    }

    long personId(String name) {
        return fixtures.personId(name);
    }

    RoundItem open() {
        signInAs("Maya Thompson");
        return decisions.open(id, Instant.now().plus(Duration.ofDays(7)), 2, 3, true);
    }

    RecommendationStatus status() {
        return RecommendationStatus.valueOf(jdbc.queryForObject("select status from recommendation where id = ?", String.class, id));
    }

    @Test
    void quorumIsTheFractionOfTheCommitteeRoundedUp() {
        assertThat(DecisionRule.quorum(3, 2, 3)).isEqualTo(2);
        assertThat(DecisionRule.quorum(4, 2, 3)).isEqualTo(3);
        assertThat(DecisionRule.quorum(6, 2, 3)).isEqualTo(4);
        assertThat(DecisionRule.quorum(5, 1, 2)).isEqualTo(3);
        assertThat(DecisionRule.quorum(2, 1, 1)).isEqualTo(2);
        RoundItem.Response yes = new RoundItem.Response(1, "A", DecisionResponse.CONSENT, null, false, null);
        RoundItem.Response abstain = new RoundItem.Response(2, "B", DecisionResponse.ABSTAIN, null, false, null);
        RoundItem.Response no = new RoundItem.Response(3, "C", DecisionResponse.OBJECTION, "why", false, null);
        RoundItem.Response noResolved = new RoundItem.Response(3, "C", DecisionResponse.OBJECTION, "why", true, "talked");
        // 4 members, 2/3: three responses needed; abstentions count toward the quorum.
        assertThat(DecisionRule.decide(4, 2, 3, true, List.of(yes, abstain))).isEqualTo(RecommendationStatus.NOT_APPROVED);
        assertThat(DecisionRule.decide(4, 2, 3, true, List.of(yes, abstain, abstain))).isEqualTo(RecommendationStatus.APPROVED);
        assertThat(DecisionRule.decide(4, 2, 3, true, List.of(yes, abstain, no))).isEqualTo(RecommendationStatus.NOT_APPROVED);
        assertThat(DecisionRule.decide(4, 2, 3, true, List.of(yes, abstain, noResolved))).isEqualTo(RecommendationStatus.APPROVED);
        assertThat(DecisionRule.decide(4, 2, 3, false, List.of(yes, abstain, no))).isEqualTo(RecommendationStatus.APPROVED);
        assertThat(DecisionRule.decide(4, 2, 3, true, List.of(abstain, abstain, abstain))).isEqualTo(RecommendationStatus.NOT_APPROVED);
        assertThat(DecisionRule.decide(0, 2, 3, true, List.of())).isEqualTo(RecommendationStatus.NOT_APPROVED);
    }

    @Test
    void anObjectionWithAReasonBlocksUntilResolved() {
        RoundItem round = open();
        assertThat(round.eligible()).isEqualTo(2);
        assertThat(round.quorum()).isEqualTo(2);
        assertThat(round.revisionNumber()).isEqualTo(1);
        assertThat(status()).isEqualTo(RecommendationStatus.IN_REVIEW);

        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        signInAs("Lucía Hernández");
        assertThatThrownBy(() -> decisions.respond(round.id(), DecisionResponse.OBJECTION, " "))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("reason"));
        decisions.respond(round.id(), DecisionResponse.OBJECTION, "Name the funding source");

        signInAs("Maya Thompson");
        decisions.resolveObjection(round.id(), personId("Lucía Hernández"), "Funding source added in the narrative");
        RoundItem closed = decisions.closeNow(round.id());
        assertThat(closed.state()).isEqualTo(RoundItem.State.CLOSED);
        assertThat(closed.result()).isEqualTo(RecommendationStatus.APPROVED);
        assertThat(status()).isEqualTo(RecommendationStatus.APPROVED);
    }

    @Test
    void membersChangeTheirResponseUntilTheCloseAndThenNotAtAll() {
        RoundItem round = open();
        signInAs("Lucía Hernández");
        decisions.respond(round.id(), DecisionResponse.OBJECTION, "Too vague");
        decisions.respond(round.id(), DecisionResponse.CONCERN, "Still a little vague");
        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        assertThat(decisions.rounds(id).getFirst().responses()).extracting(RoundItem.Response::response)
                .containsExactlyInAnyOrder(DecisionResponse.CONSENT, DecisionResponse.CONCERN);

        jdbc.update("update decision_round set closes_at = now() - interval '1 minute' where id = ?", round.id());
        assertThatThrownBy(() -> decisions.respond(round.id(), DecisionResponse.OBJECTION, "Late"))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("decision.error.closed"));
        RoundItem closed = decisions.rounds(id).getFirst();
        assertThat(closed.state()).isEqualTo(RoundItem.State.CLOSED);
        assertThat(closed.result()).isEqualTo(RecommendationStatus.APPROVED); // concern does not block
        assertThat(closed.responses()).extracting(RoundItem.Response::response).doesNotContain(DecisionResponse.OBJECTION);
    }

    @Test
    void withoutQuorumTheRecommendationIsNotApprovedAndTheJobClosesDueRounds() {
        RoundItem round = open();
        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        jdbc.update("update decision_round set closes_at = now() - interval '1 minute' where id = ?", round.id());
        assertThat(Authorization.runAsSystem(decisions::closeDue)).isEqualTo(1);
        assertThat(Authorization.runAsSystem(decisions::closeDue)).isZero();
        assertThat(status()).isEqualTo(RecommendationStatus.NOT_APPROVED);
    }

    @Test
    void editingTheTextVoidsTheOpenRound() {
        RoundItem round = open();
        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        recommendations.save(id, 1, "Living wages", "Pay living wages, indexed.", "Index");
        RoundItem voided = decisions.rounds(id).getFirst();
        assertThat(voided.state()).isEqualTo(RoundItem.State.VOID);
        assertThat(status()).isEqualTo(RecommendationStatus.DRAFT);
        assertThatThrownBy(() -> decisions.respond(round.id(), DecisionResponse.CONSENT, null))
                .isInstanceOf(ValidationError.class);
        // A new round asks about the new revision.
        assertThat(open().revisionNumber()).isEqualTo(2);
    }

    @Test
    void publishedRecommendationsShowTheApprovedRevisionAndAreFinal() {
        RoundItem round = open();
        assertThatThrownBy(() -> decisions.publish(id)).isInstanceOf(ValidationError.class);
        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        signInAs("Lucía Hernández");
        decisions.respond(round.id(), DecisionResponse.ABSTAIN, null);
        signInAs("Maya Thompson");
        decisions.closeNow(round.id());
        decisions.publish(id);
        SignIn.out();
        List<PublishedRecommendation> published = decisions.published(wei).stream().filter(p -> p.id() == id).toList();
        assertThat(published).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Living wages");
            assertThat(p.body()).isEqualTo("Pay living wages.");
            assertThat(p.revisionNumber()).isEqualTo(1);
            assertThat(p.section()).isEqualTo("Principles");
        });
        signInAs("Maya Thompson");
        decisions.withdraw(id, "Superseded");
        signInAs("Daniel Okafor");
        assertThatThrownBy(() -> recommendations.save(id, 1, "Living wages", "Changed", "Change"))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("recommendations.error.final"));
    }

    /** Approves the latest revision (Daniel consents, Lucía abstains, Maya closes the round) and publishes it. */
    void approveAndPublish() {
        RoundItem round = open();
        signInAs("Daniel Okafor");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        signInAs("Lucía Hernández");
        decisions.respond(round.id(), DecisionResponse.ABSTAIN, null);
        signInAs("Maya Thompson");
        decisions.closeNow(round.id());
        decisions.publish(id);
    }

    PublishedRecommendation publicVersion() {
        return decisions.published(wei).stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    List<java.util.Map<String, Object>> audit(String action) {
        return jdbc.queryForList("select actor_label, before_state, after_state from audit_event where subject_type = "
                + "'recommendation' and subject_id = ? and action = ? order by id", String.valueOf(id), action);
    }

    @Test
    void aCorrectionIsANewRevisionThatNeedsANewRoundWhileTheApprovedTextStaysPublic() {
        approveAndPublish();
        signInAs("Daniel Okafor");
        assertThat(recommendations.save(id, 1, "Living wages", "Pay living wages, indexed to inflation.", "Index it"))
                .isInstanceOf(SaveResult.Saved.class);
        assertThat(status()).isEqualTo(RecommendationStatus.DRAFT);
        assertThat(recommendations.recommendation(id).correcting()).isTrue();
        assertThat(publicVersion().body()).as("the approved text stays public").isEqualTo("Pay living wages.");
        assertThat(publicVersion().correctedAt()).isNull();
        assertThat(audit("recommendation.correctionStarted")).singleElement()
                .satisfies(line -> assertThat(line).containsEntry("before_state", "published revision 1")
                        .containsEntry("after_state", "revision 2 drafted: Index it"));

        signInAs("Maya Thompson");
        assertThatThrownBy(() -> decisions.publish(id)).as("not without a new round")
                .isInstanceOf(ValidationError.class);
        approveAndPublish();
        assertThat(publicVersion().body()).isEqualTo("Pay living wages, indexed to inflation.");
        assertThat(publicVersion().revisionNumber()).isEqualTo(2);
        assertThat(publicVersion().correctedAt()).as("the public page notes the correction").isNotNull();
        assertThat(recommendations.recommendation(id).correcting()).isFalse();
        assertThat(audit("recommendation.republished")).singleElement()
                .satisfies(line -> assertThat(line).containsEntry("actor_label", "Maya Thompson")
                        .containsEntry("before_state", "revision 1 public").containsEntry("after_state", "revision 2 public"));
    }

    @Test
    void withdrawingNeedsAReasonThatMembersSeeAndIsAudited() {
        approveAndPublish();
        assertThatThrownBy(() -> decisions.withdraw(id, "  "))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.field()).isEqualTo("withdrawReason"));
        assertThat(publicVersion()).isNotNull();
        signInAs("Daniel Okafor");
        assertThatThrownBy(() -> decisions.withdraw(id, "Not mine to withdraw")).isInstanceOf(AccessDeniedException.class);

        signInAs("Maya Thompson");
        decisions.withdraw(id, "Superseded by the 2027 plan");
        assertThat(status()).isEqualTo(RecommendationStatus.WITHDRAWN);
        assertThat(publicVersion()).as("off the public page").isNull();
        signInAs("Daniel Okafor");
        assertThat(recommendations.recommendation(id).withdrawal()).satisfies(w -> {
            assertThat(w.reason()).isEqualTo("Superseded by the 2027 plan");
            assertThat(w.by()).isEqualTo("Maya Thompson");
        });
        assertThat(audit("recommendation.withdrawn")).singleElement()
                .satisfies(line -> assertThat(line).containsEntry("before_state", "PUBLISHED, revision 1 public")
                        .containsEntry("after_state", "WITHDRAWN: Superseded by the 2027 plan"));
    }

    @Test
    void onlyCoordinatorsRunRoundsAndOnlyCommitteeMembersRespond() {
        signInAs("Daniel Okafor");
        assertThatThrownBy(() -> decisions.open(id, Instant.now().plus(Duration.ofDays(1)), 1, 2, true))
                .isInstanceOf(AccessDeniedException.class);
        RoundItem round = open();
        assertThatThrownBy(() -> decisions.respond(round.id(), DecisionResponse.CONSENT, null))
                .isInstanceOf(AccessDeniedException.class); // Maya coordinates; she is not on the committee
        signInAs("Daniel Okafor");
        assertThatThrownBy(() -> decisions.closeNow(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.publish(id)).isInstanceOf(AccessDeniedException.class);
        signInAs("Casey Morgan");
        assertThatThrownBy(() -> decisions.rounds(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from decision_response where round_id = ?", Integer.class, round.id()))
                .isZero();
    }

    @Test
    void badRoundSettingsAreRefusedFieldByField() {
        signInAs("Maya Thompson");
        assertThatThrownBy(() -> decisions.open(id, Instant.now().minusSeconds(60), 2, 3, true))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("closesAt"));
        assertThatThrownBy(() -> decisions.open(id, Instant.now().plusSeconds(600), 4, 3, true))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("quorum"));
        open();
        assertThatThrownBy(() -> decisions.open(id, Instant.now().plusSeconds(600), 1, 2, true))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("decision.error.alreadyOpen"));
    }

    /** Removes a committee seat by SQL (the tests share the demo committee and put it back afterwards). */
    void leaveCommittee(String name) {
        jdbc.update("delete from initiative_role where initiative_id = ? and person_id = ? and role = 'COMMITTEE_MEMBER'",
                wei, personId(name));
    }

    void rejoinCommittee(String name) {
        if (jdbc.queryForObject("select count(*) from initiative_role where initiative_id = ? and person_id = ? "
                + "and role = 'COMMITTEE_MEMBER'", Integer.class, wei, personId(name)) == 0) {
            Authorization.runAsSystem(() -> roles.appoint(wei, personId(name), InitiativeRole.COMMITTEE_MEMBER));
        }
    }

    @Test
    void aCoordinatorWhoJoinsTheCommitteeDuringARoundCannotRespondAndTheRecommendationIsNotApprovedOnTheirSay() {
        RoundItem round = open(); // the committee: Daniel Okafor and Lucía Hernández; 2 of 2 must respond
        signInAs("Lucía Hernández");
        decisions.respond(round.id(), DecisionResponse.OBJECTION, "Name the funding source");
        signInAs("Maya Thompson");
        try {
            roles.appoint(wei, personId("Maya Thompson"), InitiativeRole.COMMITTEE_MEMBER);
            assertThatThrownBy(() -> decisions.respond(round.id(), DecisionResponse.CONSENT, null))
                    .isInstanceOfSatisfying(ValidationError.class,
                            e -> assertThat(e.messageKey()).isEqualTo("decision.error.notInElectorate"));
            decisions.resolveObjection(round.id(), personId("Lucía Hernández"), "We talked it over");
            assertThat(decisions.closeNow(round.id()).result()).isEqualTo(RecommendationStatus.NOT_APPROVED);
        } finally {
            leaveCommittee("Maya Thompson");
        }
        assertThat(status()).isEqualTo(RecommendationStatus.NOT_APPROVED);
        assertThat(jdbc.queryForObject("select count(*) from decision_response where round_id = ? and person_id = ?",
                Integer.class, round.id(), personId("Maya Thompson"))).isZero();
        assertThat(jdbc.queryForList("select actor_id, after_state from audit_event where action = "
                + "'decision.objectionResolved' and subject_id = ?", String.valueOf(round.id()))).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("actor_id")).isEqualTo(personId("Maya Thompson"));
                    assertThat((String) row.get("after_state")).contains("Maya Thompson", "We talked it over");
                });
        assertThat(jdbc.queryForObject("select resolved_by_person_id from decision_response where round_id = ? "
                + "and person_id = ?", Long.class, round.id(), personId("Lucía Hernández")))
                .isEqualTo(personId("Maya Thompson"));
    }

    @Test
    void aMemberRemovedDuringTheRoundNoLongerRespondsNorCounts() {
        RoundItem round = Authorization.runAsSystem(() -> decisions.open(id, Instant.now().plus(Duration.ofDays(7)),
                1, 2, true)); // 1 of 2 must respond
        signInAs("Lucía Hernández");
        decisions.respond(round.id(), DecisionResponse.CONSENT, null);
        try {
            leaveCommittee("Lucía Hernández");
            assertThatThrownBy(() -> decisions.respond(round.id(), DecisionResponse.CONSENT, null))
                    .isInstanceOf(AccessDeniedException.class);
            signInAs("Maya Thompson");
            RoundItem closed = decisions.closeNow(round.id());
            assertThat(closed.result()).as("Lucía's consent no longer counts").isEqualTo(RecommendationStatus.NOT_APPROVED);
            assertThat(closed.eligible()).as("out of the one member still on the committee").isEqualTo(1);
        } finally {
            rejoinCommittee("Lucía Hernández");
        }
    }

    @Test
    void aResponseNoteOrWithdrawalReasonWithANulCharacterIsRefusedByItsFieldAndNothingIsSaved() {
        RoundItem round = open();
        signInAs("Lucía Hernández");
        assertThatThrownBy(() -> decisions.respond(round.id(), DecisionResponse.OBJECTION, "Too\0vague"))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("error.nulCharacter");
                });
        assertThat(jdbc.queryForObject("select count(*) from decision_response where round_id = ?", Integer.class,
                round.id())).isZero();
        signInAs("Maya Thompson");
        assertThatThrownBy(() -> decisions.withdraw(id, "Super\0seded"))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("withdrawReason");
                    assertThat(e.messageKey()).isEqualTo("error.nulCharacter");
                });
        assertThat(status()).isEqualTo(RecommendationStatus.IN_REVIEW);
    }
}
