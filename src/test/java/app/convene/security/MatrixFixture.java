package app.convene.security;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.stakeholders.NewOrganization;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.OrganizationType;
import app.convene.support.SignIn;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two initiatives and one person per kind of role, created once per test context through the
 * services themselves (as the system).
 */
@Component
class MatrixFixture {

    private final InitiativeService initiatives;
    private final OrganizationService organizations;
    private final PersonService persons;
    private final RoleService roles;
    private final Map<AuthorizationMatrixTest.Who, Actor> actors = new EnumMap<>(AuthorizationMatrixTest.Who.class);
    private long initiativeA;
    private long initiativeB;
    private long organization;
    private long target;
    private long spare;
    private long workgroup;
    private long openWorkgroup;
    private final app.convene.workgroups.WorkgroupService workgroups;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.workgroups.JoinRequestService joinRequests;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.workgroups.WorkgroupNoteService notes;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.timeline.MilestoneService milestones;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.convenings.ConveningService convenings;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.recommendations.RecommendationService recommendations;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.recommendations.DecisionService decisions;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.recommendations.CommentService comments;
    private int requesters;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    private app.convene.initiatives.GoalService goals;

    MatrixFixture(InitiativeService initiatives, OrganizationService organizations, PersonService persons, RoleService roles,
                  app.convene.workgroups.WorkgroupService workgroups) {
        this.workgroups = workgroups;
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.persons = persons;
        this.roles = roles;
    }

    synchronized void ensure() {
        if (!actors.isEmpty()) {
            return;
        }
        Authorization.runAsSystem(() -> {
            initiativeA = initiatives.create(new NewInitiative("matrix-a", "Matrix A", "Region", null, null, null,
                    List.of(), List.of()));
            initiativeB = initiatives.create(new NewInitiative("matrix-b", "Matrix B", "Region", null, null, null,
                    List.of(), List.of()));
            organization = organizations.findOrCreate(new NewOrganization("Matrix Org", null, OrganizationType.NONPROFIT,
                    null, null, null));
            target = persons.registerKnown("matrix-target", "Matrix Target", "target@example.org");
            spare = persons.registerKnown("matrix-spare", "Matrix Spare", "spare@example.org");
            person(AuthorizationMatrixTest.Who.SIGNED_IN_WITHOUT_ROLE, null, null);
            person(AuthorizationMatrixTest.Who.STAKEHOLDER, initiativeA, InitiativeRole.STAKEHOLDER);
            person(AuthorizationMatrixTest.Who.WORKGROUP_LEAD, initiativeA, InitiativeRole.WORKGROUP_LEAD);
            person(AuthorizationMatrixTest.Who.COMMITTEE_MEMBER, initiativeA, InitiativeRole.COMMITTEE_MEMBER);
            person(AuthorizationMatrixTest.Who.COORDINATOR, initiativeA, InitiativeRole.COORDINATOR);
            person(AuthorizationMatrixTest.Who.COORDINATOR_OF_ANOTHER_INITIATIVE, initiativeB, InitiativeRole.COORDINATOR);
            long admin = persons.registerKnown("matrix-admin", "Matrix Administrator", null);
            actors.put(AuthorizationMatrixTest.Who.ADMINISTRATOR, new Actor(admin, "Matrix Administrator", true));
            workgroup = workgroups.create(initiativeA, null, "Matrix workgroup", null, null, false);
            workgroups.setLead(workgroup, actors.get(AuthorizationMatrixTest.Who.WORKGROUP_LEAD).personId());
            openWorkgroup = workgroups.create(initiativeA, null, "Matrix open workgroup", null, null, false);
            workgroups.addMember(openWorkgroup, target); // related to initiative A, so it may be appointed there
            person(AuthorizationMatrixTest.Who.REVOKED_LEAD, initiativeA, InitiativeRole.WORKGROUP_LEAD);
            long revoked = actors.get(AuthorizationMatrixTest.Who.REVOKED_LEAD).personId();
            workgroups.setLead(workgroup, revoked);
            roles.revoke(jdbc.queryForObject("select id from initiative_role where person_id = ?", Long.class, revoked));
            return null;
        });
    }

    private void person(AuthorizationMatrixTest.Who who, Long initiative, InitiativeRole role) {
        long id = persons.registerKnown("matrix-" + who.name().toLowerCase(), "Matrix " + who, null);
        if (initiative != null) {
            roles.appoint(initiative, id, role);
        }
        actors.put(who, new Actor(id, "Matrix " + who, false));
    }

    /** A new unread notice for {@code who} (for a visitor or null: for the matrix's target person); its id. */
    long noticeFor(AuthorizationMatrixTest.Who who) {
        long person = who == null || who == AuthorizationMatrixTest.Who.VISITOR ? target : actors.get(who).personId();
        return jdbc.queryForObject("""
                insert into notice (person_id, kind, text, created_at) values (?, 'WORKGROUP', 'notice.matrix', now())
                returning id""", Long.class, person);
    }

    /**
     * The version of {@code who}'s approved profile in initiative A, made on first use (as the
     * system); 0 for a visitor, who has none.
     */
    long profileInA(AuthorizationMatrixTest.Who who) {
        if (who == AuthorizationMatrixTest.Who.VISITOR) {
            return 0;
        }
        long person = actors.get(who).personId();
        String email = "matrix-profile-" + who.name().toLowerCase() + "@example.org";
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, sector, status, source, directory_consent,
                    person_id) values (?, ?, ?, ?, 'OTHER', 'APPROVED', 'FORM', false, ?) on conflict do nothing""",
                initiativeA, email, "Matrix " + who, email, person);
        return jdbc.queryForObject("select version from registration where initiative_id = ? and person_id = ?",
                Long.class, initiativeA, person);
    }

    /**
     * A new person of the same kind as {@code who} (the same role in the same initiative, or
     * administrator), for operations that end the account they run as; null for a visitor.
     */
    Long standIn(AuthorizationMatrixTest.Who who) {
        if (who == AuthorizationMatrixTest.Who.VISITOR) {
            return null;
        }
        long id = persons.registerKnown("matrix-stand-in-" + java.util.UUID.randomUUID(), "Matrix stand-in " + who, null);
        InitiativeRole role = switch (who) {
            case STAKEHOLDER -> InitiativeRole.STAKEHOLDER;
            case WORKGROUP_LEAD -> InitiativeRole.WORKGROUP_LEAD;
            case COMMITTEE_MEMBER -> InitiativeRole.COMMITTEE_MEMBER;
            case COORDINATOR, COORDINATOR_OF_ANOTHER_INITIATIVE -> InitiativeRole.COORDINATOR;
            default -> null;
        };
        if (role != null) {
            roles.appoint(who == AuthorizationMatrixTest.Who.COORDINATOR_OF_ANOTHER_INITIATIVE ? initiativeB : initiativeA,
                    id, role);
        }
        return id;
    }

    void signInAsStandIn(AuthorizationMatrixTest.Who who, long standIn) {
        SignIn.as(new Actor(standIn, "Matrix stand-in " + who, who == AuthorizationMatrixTest.Who.ADMINISTRATOR));
    }

    void signInAs(AuthorizationMatrixTest.Who who) {
        if (who == AuthorizationMatrixTest.Who.VISITOR) {
            SignIn.out();
        } else {
            SignIn.as(actors.get(who));
        }
    }

    long initiativeA() {
        return initiativeA;
    }

    String slugA() {
        return "matrix-a";
    }

    long organization() {
        return organization;
    }

    /** A new partnership of a new organization in initiative A (made as the system), for a removal to act on. */
    long partnership() {
        long made = organizations.findOrCreate(new NewOrganization("Matrix partner " + (++requesters), null,
                OrganizationType.NONPROFIT, null, null, null));
        organizations.addPartner(initiativeA, made, app.convene.stakeholders.PartnerRole.OTHER);
        return jdbc.queryForObject("select id from initiative_partner where organization_id = ?", Long.class, made);
    }

    long workgroup() {
        return workgroup;
    }

    long openWorkgroup() {
        return openWorkgroup;
    }

    /** A fresh join request to the matrix workgroup by a new stakeholder of initiative A. */
    long pendingRequest() {
        long requester = persons.registerKnown("matrix-requester-" + (++requesters), "Matrix Requester", null);
        roles.appoint(initiativeA, requester, InitiativeRole.STAKEHOLDER);
        org.springframework.security.core.context.SecurityContext previous =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        SignIn.as(new Actor(requester, "Matrix Requester", false));
        try {
            return joinRequests.requestToJoin(workgroup, null);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs the work signed in as the actor, then restores whoever was signed in. */
    private void as(Actor actor, Runnable work) {
        org.springframework.security.core.context.SecurityContext previous =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        SignIn.as(actor);
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** A new member of the matrix workgroup who is a stakeholder of initiative A (added as the system). */
    long memberWithRole() {
        long id = memberWithoutRole();
        roles.appoint(initiativeA, id, InitiativeRole.STAKEHOLDER);
        return id;
    }

    /** A new member of the matrix workgroup who holds no role in initiative A (a legacy row; added as the system). */
    long memberWithoutRole() {
        long id = persons.registerKnown("matrix-member-" + (++requesters), "Matrix Member", null);
        workgroups.addMember(workgroup, id);
        return id;
    }

    /** A new person with a stakeholder role in initiative A (related to it; made as the system). */
    long stakeholder() {
        long id = persons.registerKnown("matrix-stakeholder-" + (++requesters), "Matrix Stakeholder", null);
        roles.appoint(initiativeA, id, InitiativeRole.STAKEHOLDER);
        return id;
    }

    /** A new co-lead of the matrix workgroup (made as the system); returns the person. */
    long coLead() {
        long id = stakeholder();
        workgroups.setLead(workgroup, id);
        return id;
    }

    /** The workgroup-lead role of a new co-lead of the matrix workgroup, for ending their lead. */
    long leadRole() {
        return jdbc.queryForObject("select id from initiative_role where person_id = ? and role = 'WORKGROUP_LEAD'",
                Long.class, coLead());
    }

    /** The matrix workgroup's lead (the matrix's workgroup lead), an action item's owner. */
    long leadOfWorkgroup() {
        return actors.get(AuthorizationMatrixTest.Who.WORKGROUP_LEAD).personId();
    }

    /** A new open action item of the matrix workgroup, owned by its lead (made as the system). */
    long actionItem() {
        return notes.addNote(workgroup, new app.convene.workgroups.NewNote(app.convene.workgroups.NoteKind.ACTION,
                "Action " + (++requesters), null, java.time.LocalDate.now(), leadOfWorkgroup(),
                java.time.LocalDate.now().plusDays(7)));
    }

    /** A new internal milestone of initiative A (made as the system). */
    long internalMilestone() {
        return milestones.save(initiativeA, null, null, new app.convene.timeline.MilestoneDraft("Internal " + (++requesters),
                null, null, null, null, null, java.time.LocalDate.of(2030, 1, 1),
                app.convene.timeline.MilestoneStatus.PLANNED, java.util.Set.of(), false)).id();
    }

    /** A new milestone owned by the matrix workgroup (whose lead is the matrix's workgroup lead). */
    long workgroupMilestone() {
        return milestones.save(initiativeA, null, null, new app.convene.timeline.MilestoneDraft("Owned " + (++requesters),
                null, null, workgroup, null, null, java.time.LocalDate.of(2030, 1, 1),
                app.convene.timeline.MilestoneStatus.PLANNED, java.util.Set.of(), true)).id();
    }

    /** A convening of initiative A in 2032 (no host workgroup unless given). */
    static app.convene.convenings.ConveningDraft conveningDraft(app.convene.convenings.ConveningVisibility visibility,
                                                               Long host) {
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2032, 1, 5, 14, 0);
        return new app.convene.convenings.ConveningDraft(app.convene.convenings.ConveningKind.SESSION, "Matrix convening",
                null, start, start.plusHours(1), app.convene.convenings.ConveningFormat.ONLINE, null, null, null, null,
                null, null, visibility, host, null);
    }

    /** A new convening of initiative A open to that audience (made as the system). */
    long convening(app.convene.convenings.ConveningVisibility visibility) {
        return convenings.create(initiativeA, conveningDraft(visibility, null));
    }

    /** A new meeting hosted by the matrix workgroup, open to its members (made as the system). */
    long workgroupConvening() {
        return convenings.create(initiativeA, conveningDraft(app.convene.convenings.ConveningVisibility.WORKGROUP,
                workgroup));
    }

    /** A new series of two convenings of initiative A; returns the series' id (made as the system). */
    long conveningSeries() {
        long first = convenings.createSeries(initiativeA, "Matrix series",
                conveningDraft(app.convene.convenings.ConveningVisibility.MEMBERS, null),
                List.of(java.time.LocalDate.of(2032, 1, 5), java.time.LocalDate.of(2032, 2, 5))).getFirst();
        return jdbc.queryForObject("select series_id from convening where id = ?", Long.class, first);
    }

    /** A new phase of initiative A after at least one other, so that it can move (made as the system). */
    long phase() {
        if (initiatives.phasesForEditing(initiativeA).isEmpty()) {
            initiatives.savePhase(initiativeA, null, null, parallelPhase("First phase"));
        }
        return initiatives.savePhase(initiativeA, null, null, parallelPhase("Phase " + (++requesters)));
    }

    /** Initiative A's version as stored now (its texts' editor saves against it). */
    long initiativeVersion() {
        return jdbc.queryForObject("select version from initiative where id = ?", Long.class, initiativeA);
    }

    /** A new goal of initiative A after at least one other, so that it can move (made as the system). */
    long goal() {
        return goals.saveGoal(initiativeA, null, null, goal("Matrix goal " + (++requesters)));
    }

    /** A goal with a title and nothing else. */
    static app.convene.initiatives.GoalTexts goal(String title) {
        return new app.convene.initiatives.GoalTexts(null, title, null, null, null, java.util.List.of());
    }

    /** A phase marked parallel, so that it may overlap the other phases of the matrix. */
    static app.convene.initiatives.PhaseDraft parallelPhase(String name) {
        return new app.convene.initiatives.PhaseDraft(name, null, java.time.LocalDate.of(2100, 1, 1),
                java.time.LocalDate.of(2100, 3, 1), true);
    }

    /** A new report of initiative A (made as the system). */
    long report() {
        return recommendations.createReport(initiativeA, "Report " + (++requesters));
    }

    /** A new section of a new report of initiative A (made as the system). */
    long reportSection() {
        return recommendations.addSection(report(), "Section");
    }

    /** A new recommendation with one revision in initiative A (made as the system). */
    long recommendation() {
        return recommendations.addRecommendation(reportSection(), "Recommendation " + (++requesters), "Body").id();
    }

    /** A new recommendation with an open decision round (made as the system); returns the round. */
    long openRound() {
        return decisions.open(recommendation(), java.time.Instant.now().plusSeconds(3600), 1, 2, true).id();
    }

    /** The matrix's committee member (in every round's electorate). */
    long committeeMember() {
        return actors.get(AuthorizationMatrixTest.Who.COMMITTEE_MEMBER).personId();
    }

    /** A new open round in which the matrix's committee member objected; returns the round. */
    long roundWithObjection() {
        long round = openRound();
        as(actors.get(AuthorizationMatrixTest.Who.COMMITTEE_MEMBER), () -> decisions.respond(round,
                app.convene.recommendations.DecisionResponse.OBJECTION, "Not yet"));
        return round;
    }

    /** A comment (nobody's own) on a recommendation open for public comment. */
    long commentOpenForComment() {
        return comments.comment(recommendationOpenForComment(), 1, 0, "Someone's public comment");
    }

    /** A new recommendation open for public comment for an hour (made as the system). */
    long recommendationOpenForComment() {
        long id = recommendation();
        comments.openPublicComment(id, java.time.Instant.now().plusSeconds(3600));
        return id;
    }

    /** A new recommendation whose first revision a closed round approved (made as the system). */
    long approvedRecommendation() {
        long id = recommendation();
        jdbc.update("insert into decision_round (recommendation_id, revision_number, opened_by_name, opened_at, closes_at, "
                + "quorum_numerator, quorum_denominator, objection_blocks, eligible, state, result, closed_at) "
                + "values (?, 1, 'Matrix', now(), now(), 1, 2, true, 1, 'CLOSED', 'APPROVED', now())", id);
        jdbc.update("update recommendation set status = 'APPROVED' where id = ?", id);
        return id;
    }

    /** A new recommendation whose first revision is on the public page (made as the system). */
    long publishedRecommendation() {
        long id = approvedRecommendation();
        jdbc.update("update recommendation set status = 'PUBLISHED', published_revision = 1 where id = ?", id);
        return id;
    }

    /** A comment written as the system (nobody's own) on a recommendation of initiative A. */
    long comment() {
        return comments.comment(recommendation(), 1, 0, "Someone's comment");
    }

    long target() {
        return target;
    }

    /** A fresh assignment of the spare person to the role (made as the system), for a removal to act on. */
    long assignmentToRevoke(InitiativeRole role) {
        return Authorization.runAsSystem(() -> {
            roles.appoint(initiativeA, spare, role);
            return roles.list(initiativeA, org.springframework.data.domain.PageRequest.of(0, 100)).stream()
                    .filter(r -> r.personId() == spare && r.role() == role).findFirst().orElseThrow().id();
        });
    }
}
