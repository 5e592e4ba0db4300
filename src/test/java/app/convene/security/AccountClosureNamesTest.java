package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.recommendations.CommentService;
import app.convene.recommendations.DecisionResponse;
import app.convene.recommendations.DecisionService;
import app.convene.recommendations.RecommendationService;
import app.convene.shared.FormerMember;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.workgroups.JoinRequestService;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closing an account forgets the person's name in every module's copy of it (workgroup feeds, milestone
 * histories, revisions, comments, decision rounds, responses and electorates, withdrawals, other people's
 * notices), written through the services as they write them; the rows themselves stay.
 */
@ConveneTest
class AccountClosureNamesTest {

    /** The tables that keep copies of people's names, with the person's id next to them. */
    private static final List<String> TABLES = List.of("workgroup_activity", "milestone_progress",
            "recommendation_revision", "recommendation_comment", "decision_round", "decision_response",
            "decision_electorate", "recommendation", "notice");

    @Autowired
    PersonService persons;
    @Autowired
    RoleService roles;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JoinRequestService joinRequests;
    @Autowired
    WorkgroupNoteService notes;
    @Autowired
    MilestoneService milestones;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    CommentService comments;
    @Autowired
    DecisionService decisions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void closingAnAccountReplacesEveryCopyOfTheNameAndKeepsTheRows() {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String name = "Zebediah Closewell" + tag;
        String email = "zebediah." + tag + "@example.org";
        String otherName = "Ottilie Staysworth" + tag;
        long[] ids = Authorization.runAsSystem(() -> {
            long initiative = initiatives.create(new NewInitiative("closure-" + tag, "Closure " + tag, "Region", null,
                    null, null, List.of(), List.of()));
            long person = persons.registerKnown("closure-" + tag, name, email);
            long other = persons.registerKnown("closure-other-" + tag, otherName, null);
            roles.appoint(initiative, person, InitiativeRole.COORDINATOR);
            roles.appoint(initiative, person, InitiativeRole.COMMITTEE_MEMBER);
            roles.appoint(initiative, other, InitiativeRole.STAKEHOLDER);
            long led = workgroups.create(initiative, null, "Led " + tag, null, null, false);
            long othersGroup = workgroups.create(initiative, null, "Other's " + tag, null, null, false);
            workgroups.setLead(led, person);
            workgroups.setLead(othersGroup, other);
            return new long[] {initiative, person, other, led, othersGroup};
        });
        long initiative = ids[0];
        long person = ids[1];
        SignIn.as(new Actor(person, name, false));

        // Workgroups: entries by the person and about them; a notice to another lead naming them.
        workgroups.addMember(ids[3], ids[2]);
        joinRequests.requestToJoin(ids[4], "I can help");
        // Timeline: a milestone's first status is in its history.
        milestones.save(initiative, null, null, new MilestoneDraft("Closure milestone", null, null, null, null, null,
                LocalDate.now().plusDays(30), MilestoneStatus.PLANNED, Set.of(), false));
        // Recommendations: a revision, comments resolved and deleted, a round with an objection resolved, a withdrawal.
        long report = recommendations.createReport(initiative, "Closure report");
        long section = recommendations.addSection(report, "Section");
        long recommendation = recommendations.addRecommendation(section, "Closure recommendation", "First paragraph").id();
        long withdrawn = recommendations.addRecommendation(section, "To withdraw", "Body").id();
        comments.resolve(comments.comment(recommendation, 1, 0, "A remark"));
        comments.delete(comments.comment(recommendation, 1, 0, "Second thoughts"));
        long round = decisions.open(recommendation, Instant.now().plus(Duration.ofDays(7)), 1, 2, true).id();
        decisions.respond(round, DecisionResponse.OBJECTION, "Not yet");
        decisions.resolveObjection(round, person, "Talked it over");
        decisions.withdraw(withdrawn, "No longer needed");

        Map<String, Integer> rowsBefore = rowCounts();
        for (String table : TABLES) {
            assertThat(rowsHolding(table, name)).as("%s names the person before closing", table).isPositive();
        }

        persons.closeMyAccount();

        assertThat(rowCounts()).as("rows per table").isEqualTo(rowsBefore);
        for (String table : TABLES) {
            assertThat(rowsHolding(table, name)).as("%s rows naming the person", table).isZero();
            assertThat(rowsHolding(table, email)).as("%s rows holding the email", table).isZero();
            assertThat(rowsHolding(table, FormerMember.label(person))).as("%s rows with the label", table).isPositive();
        }
        assertThat(rowsHolding("workgroup_activity", otherName)).as("the other person keeps their name").isPositive();
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    /** Rows of the table with the text in any of its text columns (any letter case). */
    private int rowsHolding(String table, String text) {
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = ? and data_type in ('text', 'character varying')""", String.class, table);
        assertThat(columns).as(table).isNotEmpty();
        String where = String.join(" or ", columns.stream().map(c -> c + " ilike ?").toList());
        Object[] params = columns.stream().map(c -> "%" + text + "%").toArray();
        return jdbc.queryForObject("select count(*) from " + table + " where " + where, Integer.class, params);
    }
}
