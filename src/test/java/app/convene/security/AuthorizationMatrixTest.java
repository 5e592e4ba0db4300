package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.stakeholders.NewOrganization;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.OrganizationType;
import app.convene.stakeholders.PartnerRole;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.TableCounts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every service operation × every kind of person: allowed, or refused with an access-denied error
 * that changes nothing. The table below is the specification; later capabilities add rows.
 */
@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
// Closing an account and approving a registration reach the real local Keycloak.
@org.springframework.test.context.TestPropertySource(properties = {"convene.test.database=authorization-matrix",
        "convene.keycloak.embedded=auto"})
class AuthorizationMatrixTest {

    /** The people of the fixture, each relative to initiative A. */
    enum Who { VISITOR, SIGNED_IN_WITHOUT_ROLE, STAKEHOLDER, WORKGROUP_LEAD, COMMITTEE_MEMBER, COORDINATOR,
        COORDINATOR_OF_ANOTHER_INITIATIVE, ADMINISTRATOR,
        /** Led the matrix workgroup until a coordinator revoked their only role in initiative A. */
        REVOKED_LEAD }

    /** An operation: an unmeasured preparation (as the system; may return an id), then the call under test. */
    record Operation(String name, Function<AuthorizationMatrixTest, Long> prepare,
                     BiConsumer<AuthorizationMatrixTest, Long> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMINISTRATOR);
    private static final Set<Who> COORDINATORS = EnumSet.of(Who.COORDINATOR, Who.ADMINISTRATOR);
    private static final Set<Who> ANY_COORDINATOR = EnumSet.of(Who.COORDINATOR, Who.COORDINATOR_OF_ANOTHER_INITIATIVE,
            Who.ADMINISTRATOR);
    private static final Set<Who> MEMBERS = EnumSet.of(Who.STAKEHOLDER, Who.WORKGROUP_LEAD, Who.COMMITTEE_MEMBER,
            Who.COORDINATOR, Who.ADMINISTRATOR);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.VISITOR));
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** The matrix: operation → who may perform it (in initiative A). */
    static final Map<Operation, Set<Who>> MATRIX = new LinkedHashMap<>();

    static {
        allow("initiatives: list public", EVERYONE, t -> t.initiatives.listPublic(PageRequest.of(0, 5)));
        allow("initiatives: read public page", EVERYONE, t -> t.initiatives.findPublicBySlug(t.fixture.slugA()));
        allow("initiatives: create", ADMINS, t -> t.initiatives.create(new NewInitiative("made-" + UNIQUE.incrementAndGet(),
                "Made", "Region", null, null, null, List.of(), List.of())));
        allow("initiatives: create a draft", ADMINS, t -> t.initiatives.createDraft(new app.convene.initiatives.InitiativeDraft(
                "Draft", "draft-" + UNIQUE.incrementAndGet(), "Region", null, "UTC", List.of("en"))));
        allow("initiatives: list every initiative with its status", ADMINS, t -> t.lifecycle.listAll(PageRequest.of(0, 5)));
        allow("initiatives: take back to draft, then publish", COORDINATORS, t -> {
            t.lifecycle.unpublish(t.fixture.initiativeA());
            t.lifecycle.publish(t.fixture.initiativeA());
        });
        allow("initiatives: archive, restore (as a draft), then publish", ADMINS, t -> {
            t.lifecycle.archive(t.fixture.initiativeA());
            t.lifecycle.restore(t.fixture.initiativeA());
            t.lifecycle.publish(t.fixture.initiativeA());
        });
        allow("initiatives: appoint a first coordinator by email (new account)", ADMINS, t -> t.firstCoordinators
                .appointByEmail(t.fixture.initiativeA(), "First Coordinator", "first" + UNIQUE.incrementAndGet()
                        + "." + java.util.UUID.randomUUID() + "@example.org"));
        allow("site settings: read to edit", ADMINS, t -> t.siteSettings.forEditing());
        allow("site settings: save", ADMINS, t -> t.siteSettings.save(
                new SiteSettingsService.Values("Convene", "", "http://localhost:8080", true)));
        allow("mail: list undeliverable mail", ADMINS, t -> t.mailAdministration.parked(PageRequest.of(0, 5)));
        allow("mail: try an undeliverable mail again", ADMINS, t -> t.parkedMail(),
                (t, id) -> t.mailAdministration.retry(parkedMailId(id)));
        allow("mail: discard an undeliverable mail", ADMINS, t -> t.parkedMail(),
                (t, id) -> t.mailAdministration.discard(parkedMailId(id)));
        allow("organizations: list partners", EVERYONE,
                t -> t.organizations.partnersOf(t.fixture.initiativeA(), PageRequest.of(0, 5)));
        allow("organizations: add to directory", ANY_COORDINATOR, t -> t.organizations.findOrCreate(
                new NewOrganization("Org " + UNIQUE.incrementAndGet(), null, OrganizationType.NONPROFIT, null, null, null)));
        allow("organizations: add partner", COORDINATORS,
                t -> t.organizations.addPartner(t.fixture.initiativeA(), t.fixture.organization(), PartnerRole.FUNDER));
        allow("organizations: add partner with since and until", COORDINATORS, t -> t.organizations.addPartner(
                t.fixture.initiativeA(), t.fixture.organization(), PartnerRole.values()[UNIQUE.incrementAndGet()
                        % PartnerRole.values().length], java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2026, 12, 31)));
        allow("organizations: remove partner", COORDINATORS, t -> t.fixture.partnership(),
                (t, id) -> t.organizations.removePartner(id));
        allow("organizations: group partners by county", COORDINATORS,
                t -> t.organizations.groupPartnersByCounty(t.fixture.initiativeA(), UNIQUE.incrementAndGet() % 2 == 0));
        allow("organizations: list partner groups", EVERYONE, t -> t.organizations.partnerGroups(t.fixture.initiativeA()));
        allow("roles: appoint coordinator", ADMINS, t -> t.roles.appoint(t.fixture.initiativeA(), t.fixture.target(),
                InitiativeRole.COORDINATOR));
        allow("roles: appoint committee member", COORDINATORS, t -> t.roles.appoint(t.fixture.initiativeA(),
                t.fixture.target(), InitiativeRole.COMMITTEE_MEMBER));
        allow("roles: appoint workgroup lead", COORDINATORS, t -> t.roles.appoint(t.fixture.initiativeA(),
                t.fixture.target(), InitiativeRole.WORKGROUP_LEAD));
        allow("roles: appoint stakeholder", COORDINATORS, t -> t.roles.appoint(t.fixture.initiativeA(),
                t.fixture.target(), InitiativeRole.STAKEHOLDER));
        allow("roles: remove committee member", COORDINATORS,
                t -> t.fixture.assignmentToRevoke(InitiativeRole.COMMITTEE_MEMBER), (t, id) -> t.roles.revoke(id));
        allow("roles: remove coordinator", ADMINS,
                t -> t.fixture.assignmentToRevoke(InitiativeRole.COORDINATOR), (t, id) -> t.roles.revoke(id));
        allow("roles: list people and roles", COORDINATORS,
                t -> t.roles.list(t.fixture.initiativeA(), PageRequest.of(0, 5)));
        allow("persons: search to appoint", COORDINATORS,
                t -> t.persons.search(t.fixture.initiativeA(), "a", PageRequest.of(0, 5)));
        allow("persons: register known person", ADMINS, t -> t.persons.registerKnown(
                "subject-" + UNIQUE.incrementAndGet(), "Known Person", null));
        allow("audit: read the log", ADMINS, t -> t.audit.list(PageRequest.of(0, 5)));
        allow("audit: filter the log", ADMINS, t -> t.audit.list(new AuditFilter(t.fixture.initiativeA(), null,
                "role.appointed", null, java.time.Instant.EPOCH, null), 0, 5));
        allow("audit: export the filtered log as CSV", ADMINS, t -> t.audit.export(
                AuditFilter.NONE.inInitiative(t.fixture.initiativeA()), java.io.OutputStream.nullOutputStream()));
        allow("audit: find initiatives and people to filter by", ADMINS, t -> {
            t.audit.initiatives("", 0, 5);
            t.audit.people("a", 0, 5);
            t.audit.initiativeName(t.fixture.initiativeA());
        });
        allow("registrations: register through the public form", EVERYONE, t -> t.registrations.register(
                t.fixture.initiativeA(), t.answers(), "10.99." + UNIQUE.incrementAndGet()));
        allow("registrations: read the registration settings", EVERYONE,
                t -> t.registrationSettings.settings(t.fixture.initiativeA()));
        allow("registrations: change the registration settings", COORDINATORS, t -> t.registrationSettings.save(
                t.fixture.initiativeA(), true, "Welcome " + UNIQUE.incrementAndGet(), null));
        allow("registrations: list the queue", COORDINATORS, t -> t.registrations.list(t.fixture.initiativeA(),
                app.convene.stakeholders.RegistrationStatus.PENDING, PageRequest.of(0, 5)));
        allow("registrations: decline", COORDINATORS, t -> t.pendingRegistration(),
                (t, id) -> t.registrations.decline(id, "no"));
        allow("registrations: approve", COORDINATORS, t -> t.pendingRegistration(),
                (t, id) -> t.registrations.approve(id, "welcome", "http://localhost:8080/"));
        allow("registrations: confirm a repeat registration by its mailed link", EVERYONE, t -> {
            t.repeatToken = t.repeatRegistrationToken();
            return null;
        }, (t, ignored) -> t.confirmations.confirm(t.repeatToken));
        allow("directory: read", MEMBERS, t -> t.directory.directory(t.fixture.initiativeA(),
                app.convene.stakeholders.DirectoryFilter.NONE, PageRequest.of(0, 5)));
        allow("directory: organization page", MEMBERS,
                t -> t.directory.organization(t.fixture.initiativeA(), t.fixture.organization()));
        allow("import: preview a CSV", COORDINATORS, t -> t.imports.preview(t.fixture.initiativeA(), t.csv()));
        allow("import: commit", COORDINATORS, t -> {
            t.preview = t.imports.preview(t.fixture.initiativeA(), t.csv());
            return null;
        }, (t, ignored) -> t.imports.commit(t.fixture.initiativeA(), t.preview));
        allow("export: directory CSV", COORDINATORS,
                t -> t.exports.directory(t.fixture.initiativeA(), new java.io.ByteArrayOutputStream()));
        allow("export: registrations CSV", COORDINATORS, t -> t.exports.registrations(t.fixture.initiativeA(),
                app.convene.stakeholders.RegistrationStatus.PENDING, new java.io.ByteArrayOutputStream()));
        allow("participation: aggregate summary", COORDINATORS, t -> t.participation.summary(t.fixture.initiativeA()));
        // issue 18 P1
        allow("participation: protected demographics of a group (a workgroup's balance)", COORDINATORS,
                t -> t.participation.demographicsOf(t.fixture.initiativeA(), List.of()));
        Set<Who> workgroupLeads = EnumSet.of(Who.WORKGROUP_LEAD, Who.COORDINATOR, Who.ADMINISTRATOR);
        allow("workgroups: list an initiative's workgroups", EVERYONE,
                t -> t.workgroups.list(t.fixture.initiativeA(), PageRequest.of(0, 5)));
        allow("workgroups: create", COORDINATORS, t -> t.workgroups.create(t.fixture.initiativeA(), null,
                "Made " + UNIQUE.incrementAndGet(), null, null, false));
        allow("workgroups: configure", COORDINATORS, t -> t.workgroups.configure(t.fixture.workgroup(),
                t.workgroups.details(t.fixture.workgroup()).version(), "Matrix workgroup", "Charter", null, false));
        allow("workgroups: ask to join", MEMBERS, t -> t.joinRequests.requestToJoin(t.fixture.openWorkgroup(), "please"));
        allow("workgroups: list join requests", workgroupLeads,
                t -> t.joinRequests.pending(t.fixture.workgroup(), PageRequest.of(0, 5)));
        allow("workgroups: decline a join request", workgroupLeads, t -> t.fixture.pendingRequest(),
                (t, id) -> t.joinRequests.decline(id, "no"));
        allow("workgroups: read members", workgroupLeads,
                t -> t.workgroups.members(t.fixture.workgroup(), PageRequest.of(0, 5)));
        allow("workgroups: read notes", workgroupLeads,
                t -> t.workgroupNotes.notes(t.fixture.workgroup(), PageRequest.of(0, 5)));
        allow("workgroups: add a note", workgroupLeads, t -> t.workgroupNotes.addNote(t.fixture.workgroup(),
                new app.convene.workgroups.NewNote(app.convene.workgroups.NoteKind.MEETING, "Met", null,
                        java.time.LocalDate.now(), null, null)));
        allow("workgroups: make a member with a role co-lead", workgroupLeads, t -> t.fixture.memberWithRole(),
                (t, id) -> t.workgroups.makeCoLead(t.fixture.workgroup(), id));
        allow("workgroups: make a member without a role co-lead", COORDINATORS, t -> t.fixture.memberWithoutRole(),
                (t, id) -> t.workgroups.makeCoLead(t.fixture.workgroup(), id));
        allow("workgroups: remove a member", workgroupLeads, t -> t.fixture.memberWithRole(),
                (t, id) -> t.workgroups.removeMember(t.fixture.workgroup(), id));
        allow("workgroups: membership balance", COORDINATORS, t -> t.workgroups.balance(t.fixture.workgroup()));
        allow("workgroups: approve a join request", workgroupLeads, t -> t.fixture.pendingRequest(),
                (t, id) -> t.joinRequests.approve(id, "Welcome"));
        allow("workgroups: withdraw someone else's join request", EnumSet.noneOf(Who.class), t -> t.fixture.pendingRequest(),
                (t, id) -> t.joinRequests.withdraw(id));
        allow("workgroups: add a member directly", COORDINATORS, t -> t.fixture.stakeholder(),
                (t, id) -> t.workgroups.addMember(t.fixture.workgroup(), id));
        allow("workgroups: set a lead", COORDINATORS, t -> t.fixture.stakeholder(),
                (t, id) -> t.workgroups.setLead(t.fixture.workgroup(), id));
        allow("workgroups: end a lead (remove their workgroup-lead role)", COORDINATORS, t -> t.fixture.leadRole(),
                (t, id) -> t.roles.revoke(id));
        allow("workgroups: remove a co-lead", workgroupLeads, t -> t.fixture.coLead(),
                (t, id) -> t.workgroups.removeMember(t.fixture.workgroup(), id));
        allow("workgroups: add an action item", workgroupLeads, t -> t.workgroupNotes.addNote(t.fixture.workgroup(),
                new app.convene.workgroups.NewNote(app.convene.workgroups.NoteKind.ACTION, "Do it", null,
                        java.time.LocalDate.now(), t.fixture.leadOfWorkgroup(), java.time.LocalDate.now().plusDays(7))));
        allow("workgroups: mark an action item done", workgroupLeads, t -> t.fixture.actionItem(),
                (t, id) -> t.workgroupNotes.markDone(id));
        allow("workgroups: read activity", workgroupLeads,
                t -> t.workgroupNotes.activity(t.fixture.workgroup(), PageRequest.of(0, 5)));
        Set<Who> timelineReaders = EnumSet.of(Who.STAKEHOLDER, Who.WORKGROUP_LEAD, Who.COMMITTEE_MEMBER, Who.COORDINATOR,
                Who.ADMINISTRATOR);
        allow("timeline: see public milestones", EVERYONE, t -> t.milestones.visible(t.fixture.initiativeA()));
        allow("timeline: read an internal milestone", timelineReaders, t -> t.fixture.internalMilestone(),
                (t, id) -> t.milestones.get(id));
        allow("timeline: add a milestone", COORDINATORS, t -> t.milestones.save(t.fixture.initiativeA(), null, null,
                new app.convene.timeline.MilestoneDraft("Made " + UNIQUE.incrementAndGet(), null, null, null, null, null,
                        java.time.LocalDate.of(2030, 1, 1), app.convene.timeline.MilestoneStatus.PLANNED, Set.of(), false)));
        allow("timeline: update status of a workgroup's milestone", workgroupLeads, t -> t.fixture.workgroupMilestone(),
                (t, id) -> t.milestones.updateStatus(id, t.milestones.get(id).version(),
                        app.convene.timeline.MilestoneStatus.IN_PROGRESS, "moving"));
        allow("timeline: cancel a workgroup's milestone", workgroupLeads, t -> t.fixture.workgroupMilestone(),
                (t, id) -> t.milestones.cancel(id, t.milestones.get(id).version(), "No longer needed"));
        allow("timeline: delete a milestone", COORDINATORS, t -> t.fixture.workgroupMilestone(),
                (t, id) -> t.milestones.delete(id, t.milestones.get(id).version(), false));
        allow("timeline: dashboard", COORDINATORS, t -> t.milestoneFigures.dashboard(t.fixture.initiativeA()));
        allow("timeline: edit a milestone", COORDINATORS, t -> t.fixture.workgroupMilestone(),
                (t, id) -> t.milestones.save(t.fixture.initiativeA(), id, null, new app.convene.timeline.MilestoneDraft(
                        "Edited " + UNIQUE.incrementAndGet(), null, null, null, null, null, java.time.LocalDate.of(2031, 1, 1),
                        app.convene.timeline.MilestoneStatus.PLANNED, Set.of(), true)));
        allow("timeline: list what depends on a milestone", COORDINATORS, t -> t.fixture.workgroupMilestone(),
                (t, id) -> t.milestones.dependents(id));
        allow("timeline: read the history of an internal milestone", timelineReaders, t -> t.fixture.internalMilestone(),
                (t, id) -> t.milestones.history(id));
        allow("timeline: public milestones and progress of a phase", EVERYONE, t -> t.fixture.phase(), (t, phase) -> {
            t.milestones.publicByPhase(t.fixture.initiativeA());
            t.milestoneFigures.publicProgress(t.fixture.initiativeA());
        });
        allow("timeline: read own feed", SIGNED_IN,
                t -> t.personalFeed.milestones(t.persons.myCalendarToken()).orElseThrow());
        allow("timeline: rotate own feed address", SIGNED_IN, t -> t.persons.newCalendarToken());
        Set<Who> workgroupMembers = EnumSet.of(Who.WORKGROUP_LEAD, Who.COORDINATOR, Who.ADMINISTRATOR);
        Set<Who> committee = EnumSet.of(Who.COMMITTEE_MEMBER, Who.COORDINATOR, Who.ADMINISTRATOR);
        allow("convenings: see a public convening and its agenda", EVERYONE,
                t -> t.fixture.convening(app.convene.convenings.ConveningVisibility.PUBLIC), (t, id) -> {
                    t.convenings.get(id);
                    t.agendas.agenda(id);
                });
        allow("convenings: see a members' convening", timelineReaders,
                t -> t.fixture.convening(app.convene.convenings.ConveningVisibility.MEMBERS), (t, id) -> t.convenings.get(id));
        allow("convenings: see a workgroup's convening", workgroupMembers,
                t -> t.fixture.workgroupConvening(), (t, id) -> t.convenings.get(id));
        allow("convenings: see a committee convening and its agenda", committee,
                t -> t.fixture.convening(app.convene.convenings.ConveningVisibility.COMMITTEE), (t, id) -> {
                    t.convenings.get(id);
                    t.agendas.agenda(id);
                });
        allow("convenings: list those one may see and those one manages", EVERYONE, t -> {
            t.conveningLists.visible(t.fixture.initiativeA(), true, PageRequest.of(0, 5));
            t.conveningLists.managed(t.fixture.initiativeA(), false, PageRequest.of(0, 5));
        });
        allow("convenings: add a convening", COORDINATORS, t -> t.convenings.create(t.fixture.initiativeA(),
                MatrixFixture.conveningDraft(app.convene.convenings.ConveningVisibility.MEMBERS, null)));
        allow("convenings: add a meeting a workgroup hosts", workgroupLeads, t -> t.convenings.create(
                t.fixture.initiativeA(), MatrixFixture.conveningDraft(app.convene.convenings.ConveningVisibility.WORKGROUP,
                        t.fixture.workgroup())));
        allow("convenings: add a series", COORDINATORS, t -> t.convenings.createSeries(t.fixture.initiativeA(), "Series",
                MatrixFixture.conveningDraft(app.convene.convenings.ConveningVisibility.MEMBERS, null),
                List.of(java.time.LocalDate.of(2032, 1, 5), java.time.LocalDate.of(2032, 2, 5))));
        allow("convenings: change a workgroup's meeting", workgroupLeads, t -> t.fixture.workgroupConvening(),
                (t, id) -> t.convenings.update(id, versionOf(t, id),
                        MatrixFixture.conveningDraft(app.convene.convenings.ConveningVisibility.WORKGROUP,
                                t.fixture.workgroup()).titled("Changed")));
        allow("convenings: move a workgroup's meeting", workgroupLeads, t -> t.fixture.workgroupConvening(),
                (t, id) -> t.convenings.move(id, versionOf(t, id), java.time.LocalDateTime.of(2032, 3, 1, 9, 0),
                        java.time.LocalDateTime.of(2032, 3, 1, 10, 0)));
        allow("convenings: cancel a workgroup's meeting", workgroupLeads, t -> t.fixture.workgroupConvening(),
                (t, id) -> t.convenings.cancel(id, versionOf(t, id)));
        allow("convenings: open a workgroup's meeting for editing", workgroupLeads, t -> t.fixture.workgroupConvening(),
                (t, id) -> t.convenings.forEditing(id));
        allow("convenings: save the agenda of a workgroup's meeting", workgroupLeads, t -> t.fixture.workgroupConvening(),
                (t, id) -> t.agendas.save(id, List.of(new app.convene.convenings.AgendaItemDraft("Item", 10, null, null,
                        null))));
        allow("convenings: change a series' future occurrences", COORDINATORS, t -> t.fixture.conveningSeries(),
                (t, id) -> t.convenings.changeSeries(id, MatrixFixture.conveningDraft(
                        app.convene.convenings.ConveningVisibility.MEMBERS, null)));
        allow("convenings: download a public convening as .ics", EVERYONE, t -> t.convening("PUBLIC"),
                (t, id) -> t.conveningCalendar.ics(id));
        allow("convenings: download a members' convening as .ics", MEMBERS, t -> t.convening("MEMBERS"),
                (t, id) -> t.conveningCalendar.ics(id));
        allow("convenings: the invitation of someone else's RSVP", COORDINATORS, t -> t.guestRsvp(t.convening("MEMBERS")),
                (t, rsvp) -> t.invitations.request(t.conveningOf(rsvp), rsvp));
        allow("convenings: the cancellation of someone else's RSVP", COORDINATORS, t -> t.guestRsvp(t.convening("MEMBERS")),
                (t, rsvp) -> t.invitations.cancel(t.conveningOf(rsvp), rsvp));
        allow("convenings: read the approved minutes of a public convening", EVERYONE,
                t -> t.minutesIn(t.convening("PUBLIC"), "APPROVED"), (t, id) -> t.minutes.minutes(id));
        allow("convenings: write the minutes of a convening", COORDINATORS, t -> t.convening("MEMBERS"),
                (t, id) -> t.minutes.save(id, app.convene.convenings.MinutesService.NONE, "Minutes"));
        allow("convenings: write the minutes of a workgroup's meeting", workgroupLeads, t -> t.workgroupMeeting(),
                (t, id) -> t.minutes.save(id, app.convene.convenings.MinutesService.NONE, "Minutes"));
        allow("convenings: send minutes for review", COORDINATORS, t -> t.minutesIn(t.convening("MEMBERS"), "DRAFT"),
                (t, id) -> t.minutes.sendForReview(id, 0));
        allow("convenings: comment on minutes in review", COORDINATORS,
                t -> t.minutesIn(t.convening("MEMBERS"), "IN_REVIEW"), (t, id) -> t.minutes.comment(id, "A comment"));
        allow("convenings: approve minutes", COORDINATORS, t -> t.minutesIn(t.convening("MEMBERS"), "IN_REVIEW"),
                (t, id) -> t.minutes.approve(id, 0));
        allow("convenings: approve the minutes of a workgroup's meeting", workgroupLeads,
                t -> t.minutesIn(t.workgroupMeeting(), "IN_REVIEW"), (t, id) -> t.minutes.approve(id, 0));
        allow("convenings: draft a correction of approved minutes", COORDINATORS,
                t -> t.minutesIn(t.convening("MEMBERS"), "APPROVED"), (t, id) -> t.minutes.correct(id, 0));
        allow("convenings: add an action item to minutes", COORDINATORS, t -> t.convening("MEMBERS"),
                (t, id) -> t.minutesActions.add(id, "Do it", null, java.time.LocalDate.of(2032, 2, 1)));
        allow("convenings: list who may own an action item of minutes", COORDINATORS, t -> t.convening("MEMBERS"),
                (t, id) -> t.minutesActions.owners(id, "", 0, 10));
        allow("convenings: make an action item of minutes a workgroup action item", workgroupLeads,
                t -> t.minutesAction(t.workgroupMeeting()), (t, id) -> t.minutesActions.toWorkgroupAction(id, null));
        allow("convenings: make an action item of minutes a milestone", COORDINATORS,
                t -> t.minutesAction(t.workgroupMeeting()), (t, id) -> t.minutesActions.toMilestone(id));
        allowReturning("phases: add a phase", COORDINATORS, t -> {
            int n = UNIQUE.incrementAndGet();
            return t.initiatives.savePhase(t.fixture.initiativeA(), null, null, new app.convene.initiatives.PhaseDraft(
                    "Phase " + n, null, java.time.LocalDate.of(2040, 1, 1).plusDays(n * 3L),
                    java.time.LocalDate.of(2040, 1, 1).plusDays(n * 3L + 1), false));
        });
        allow("phases: list for the phase editor", COORDINATORS, t -> t.initiatives.phasesForEditing(t.fixture.initiativeA()));
        allow("phases: edit a phase", COORDINATORS, t -> t.fixture.phase(), (t, id) -> t.initiatives.savePhase(
                t.fixture.initiativeA(), id, null, MatrixFixture.parallelPhase("Renamed " + UNIQUE.incrementAndGet())));
        allow("phases: move a phase", COORDINATORS, t -> t.fixture.phase(),
                (t, id) -> t.initiatives.movePhase(t.fixture.initiativeA(), id, -1));
        allow("content: read texts for editing", COORDINATORS, t -> t.content.contentForEditing(t.fixture.initiativeA()));
        allow("content: save texts", COORDINATORS, t -> t.content.saveContent(t.fixture.initiativeA(),
                t.fixture.initiativeVersion(), new app.convene.initiatives.ContentDraft("Matrix A", "Matriz A", "Region",
                        null, null, "Vision " + UNIQUE.incrementAndGet(), null, null, null)));
        allow("content: set the time zone", COORDINATORS, t -> t.content.setTimeZone(t.fixture.initiativeA(),
                java.time.ZoneId.of(UNIQUE.incrementAndGet() % 2 == 0 ? "America/New_York" : "America/Chicago")));
        allow("content: read public texts in a language", EVERYONE,
                t -> t.content.publicContent(t.fixture.slugA(), "es"));
        allow("goals: list for the goal editor", COORDINATORS, t -> t.goals.goalsForEditing(t.fixture.initiativeA()));
        allowReturning("goals: add a goal", COORDINATORS, t -> t.goals.saveGoal(t.fixture.initiativeA(), null, null,
                MatrixFixture.goal("Goal " + UNIQUE.incrementAndGet())));
        allow("goals: edit a goal", COORDINATORS, t -> t.fixture.goal(), (t, id) -> t.goals.saveGoal(
                t.fixture.initiativeA(), id, null, MatrixFixture.goal("Renamed goal " + UNIQUE.incrementAndGet())));
        allow("goals: move a goal", COORDINATORS, t -> t.fixture.goal(),
                (t, id) -> t.goals.moveGoal(t.fixture.initiativeA(), id, -1));
        allow("goals: retire a goal", COORDINATORS, t -> t.fixture.goal(),
                (t, id) -> t.goals.setRetired(t.fixture.initiativeA(), id, true));
        Set<Who> drafters = EnumSet.of(Who.COMMITTEE_MEMBER, Who.COORDINATOR, Who.ADMINISTRATOR);
        allow("recommendations: create a report", drafters,
                t -> t.recommendations.createReport(t.fixture.initiativeA(), "Report " + UNIQUE.incrementAndGet()));
        allow("recommendations: add a recommendation", drafters, t -> t.fixture.reportSection(),
                (t, section) -> t.recommendations.addRecommendation(section, "Made", "Body"));
        allow("recommendations: save a revision", drafters, t -> t.fixture.recommendation(),
                (t, id) -> t.recommendations.save(id, 1, "Edited", "Edited body", "Edit"));
        allow("recommendations: read a draft and its history", timelineReaders, t -> t.fixture.recommendation(),
                (t, id) -> t.recommendations.history(id, PageRequest.of(0, 5)));
        allow("recommendations: read the history's lines (the editor's list)", timelineReaders,
                t -> t.fixture.recommendation(), (t, id) -> t.recommendations.historyEntries(id, 0, 5));
        allow("recommendations: compare revisions", timelineReaders, t -> t.fixture.recommendation(),
                (t, id) -> t.recommendations.compare(id, 1, 1));
        allow("recommendations: keep unsaved text", drafters, t -> t.fixture.recommendation(),
                (t, id) -> t.keptWork.keepWork(id, 1, "Title", "Typing", ""));
        allow("recommendations: see who has a draft open", drafters, t -> t.fixture.recommendation(),
                (t, id) -> t.presence.openedBy(id, java.util.UUID.randomUUID()));
        allow("recommendations: see who has a draft open (the editor's heartbeat)", drafters,
                t -> t.fixture.recommendation(), (t, id) -> t.presence.pulse(id, java.util.UUID.randomUUID()));
        allow("recommendations: add a section", drafters, t -> t.fixture.report(),
                (t, report) -> t.recommendations.addSection(report, "Section"));
        allow("recommendations: list reports", timelineReaders,
                t -> t.recommendations.reports(t.fixture.initiativeA(), PageRequest.of(0, 5)));
        allow("recommendations: read a recommendation", timelineReaders, t -> t.fixture.recommendation(),
                (t, id) -> t.recommendations.recommendation(id));
        allow("recommendations: export a report", timelineReaders, t -> t.fixture.report(),
                (t, report) -> t.reportExports.document(report, false));
        allow("recommendations: read own kept text", drafters, t -> t.fixture.recommendation(),
                (t, id) -> t.keptWork.myWork(id));
        allow("recommendations: discard own kept text", drafters, t -> t.fixture.recommendation(),
                (t, id) -> t.keptWork.discardWork(id));
        allow("recommendations: read goals and workgroups named", timelineReaders, t -> t.fixture.recommendation(),
                (t, id) -> t.sources.sources(id));
        allow("recommendations: read goals and workgroups to name", timelineReaders,
                t -> t.sources.sourceOptions(t.fixture.initiativeA()));
        allow("decisions: open a round", COORDINATORS, t -> t.fixture.recommendation(),
                (t, id) -> t.decisions.open(id, java.time.Instant.now().plusSeconds(3600), 2, 3, true));
        allow("decisions: respond", EnumSet.of(Who.COMMITTEE_MEMBER), t -> t.fixture.openRound(),
                (t, round) -> t.decisions.respond(round, app.convene.recommendations.DecisionResponse.CONSENT, null));
        allow("decisions: close a round now", COORDINATORS, t -> t.fixture.openRound(), (t, round) -> t.decisions.closeNow(round));
        allow("decisions: resolve an objection", COORDINATORS, t -> t.fixture.roundWithObjection(),
                (t, round) -> t.decisions.resolveObjection(round, t.fixture.committeeMember(), "Talked it over"));
        allow("decisions: ask whether one may respond", timelineReaders, t -> t.fixture.openRound(),
                (t, round) -> t.decisions.mayRespond(round));
        allow("decisions: publish an approved recommendation", COORDINATORS, t -> t.fixture.approvedRecommendation(),
                (t, id) -> t.decisions.publish(id));
        allow("decisions: read rounds", timelineReaders, t -> t.fixture.recommendation(), (t, id) -> t.decisions.rounds(id));
        allow("decisions: withdraw", COORDINATORS, t -> t.fixture.recommendation(), (t, id) -> t.decisions.withdraw(id, "No longer needed"));
        allow("decisions: withdraw a published recommendation", COORDINATORS, t -> t.fixture.publishedRecommendation(),
                (t, id) -> t.decisions.withdraw(id, "Superseded"));
        allow("recommendations: correct a published recommendation", drafters, t -> t.fixture.publishedRecommendation(),
                (t, id) -> t.recommendations.save(id, 1, "Corrected", "Corrected body", "Correction"));
        allow("decisions: see published recommendations", EVERYONE, t -> t.decisions.published(t.fixture.initiativeA()));
        allow("decisions: see a page of published recommendations", EVERYONE,
                t -> t.decisions.published(t.fixture.initiativeA(), PageRequest.of(0, 5)));
        allow("comments: comment outside public comment", drafters, t -> t.fixture.recommendation(),
                (t, id) -> t.comments.comment(id, 1, 0, "A comment"));
        allow("comments: read threads", timelineReaders, t -> t.fixture.recommendation(), (t, id) -> t.comments.threads(id));
        allow("comments: reply outside public comment", drafters, t -> t.fixture.comment(),
                (t, comment) -> t.comments.reply(comment, "A reply"));
        allow("comments: reply during public comment", timelineReaders, t -> t.fixture.commentOpenForComment(),
                (t, comment) -> t.comments.reply(comment, "A public reply"));
        allow("comments: resolve someone else's thread", drafters, t -> t.fixture.comment(),
                (t, comment) -> t.comments.resolve(comment));
        allow("comments: see until when public comment is open", timelineReaders,
                t -> t.fixture.recommendationOpenForComment(), (t, id) -> t.comments.publicCommentUntil(id));
        allow("comments: end public comment", COORDINATORS, t -> t.fixture.recommendationOpenForComment(),
                (t, id) -> t.comments.closePublicComment(id));
        allow("comments: open for public comment", COORDINATORS, t -> t.fixture.recommendation(),
                (t, id) -> t.comments.openPublicComment(id, java.time.Instant.now().plusSeconds(3600)));
        allow("comments: comment during public comment", timelineReaders, t -> t.fixture.recommendationOpenForComment(),
                (t, id) -> t.comments.comment(id, 1, 0, "A public comment"));
        allow("comments: edit own comment", timelineReaders, t -> t.fixture.recommendationOpenForComment(),
                (t, id) -> t.comments.edit(t.comments.comment(id, 1, 0, "Mine"), "Mine, edited"));
        allow("comments: delete own comment", timelineReaders, t -> t.fixture.recommendationOpenForComment(),
                (t, id) -> t.comments.delete(t.comments.comment(id, 1, 0, "Mine")));
        allow("comments: edit someone else's comment", EnumSet.noneOf(Who.class), t -> t.fixture.comment(),
                (t, comment) -> t.comments.edit(comment, "Not mine"));
        allow("comments: delete someone else's comment", EnumSet.noneOf(Who.class), t -> t.fixture.comment(),
                (t, comment) -> t.comments.delete(comment));
        allow("comments: remove a comment as moderator", COORDINATORS, t -> t.fixture.comment(),
                (t, comment) -> t.comments.moderate(comment, "Off topic"));
        allow("recommendations: name goals and workgroups", drafters, t -> t.fixture.recommendation(),
                (t, id) -> t.sources.setSources(id, Set.of(), Set.of()));
        allow("notices: read own, all or unread only", SIGNED_IN, t -> {
            t.notices.mine(PageRequest.of(0, 5));
            t.notices.mine(PageRequest.of(0, 5), true);
        });
        allow("notices: count own unread (none for a visitor)", EVERYONE, t -> t.notices.unread());
        allow("notices: mark one's own notice read", SIGNED_IN, t -> t.fixture.noticeFor(t.who),
                (t, id) -> t.notices.markRead(id));
        allow("notices: mark someone else's notice read", EnumSet.noneOf(Who.class), t -> t.fixture.noticeFor(null),
                (t, id) -> t.notices.markRead(id));
        allow("notices: mark all own read", SIGNED_IN, t -> t.notices.markAllRead());
        allow("profile: read own", SIGNED_IN, t -> t.profiles.mine(t.fixture.initiativeA()));
        allow("profile: download own data", SIGNED_IN, t -> t.profiles.myData());
        // Everyone signed in edits their own profile (the call has no way to name someone else's).
        allow("profile: update own", SIGNED_IN, t -> t.fixture.profileInA(t.who),
                (t, version) -> t.profiles.update(t.fixture.initiativeA(), version, t.answers()));
        // Closing ends an account: each kind of person closes a new account of their kind (same role).
        allow("profile: close own account", SIGNED_IN, t -> t.fixture.standIn(t.who), (t, standIn) -> {
            if (standIn != null) {
                t.fixture.signInAsStandIn(t.who, standIn);
            }
            t.profiles.closeMyAccount();
        });
        allow("convenings: RSVP to a members-only convening", MEMBERS, t -> t.membersConvening(),
                (t, id) -> t.rsvps.rsvp(id, false, Map.of()));
        allow("convenings: ask for a seat as a guest at a members-only convening", MEMBERS, t -> t.membersConvening(),
                (t, id) -> t.rsvps.requestAsGuest(id, new app.convene.convenings.RsvpService.GuestRsvp("Gus Guest",
                        "guest" + UNIQUE.incrementAndGet() + "@example.org", null, Map.of())));
        allow("convenings: read the RSVPs and accommodations of a convening", COORDINATORS, t -> t.membersConvening(),
                (t, id) -> t.rsvpRoster.accommodationCounts(id));
        allow("convenings: list my RSVPs", SIGNED_IN, t -> t.rsvpRoster.mine(0, 10));
        allow("convenings: check in an RSVP", COORDINATORS, t -> t.guestRsvp(t.membersConvening()),
                (t, rsvp) -> t.attendance.checkIn(rsvp));
        allow("convenings: undo a check-in", COORDINATORS, t -> t.checkedIn(t.membersConvening()),
                (t, id) -> t.attendance.undo(id));
        allow("convenings: add a walk-in", COORDINATORS, t -> t.membersConvening(), (t, id) -> t.attendance.walkIn(id,
                new app.convene.convenings.AttendanceService.WalkIn(null, "Walk In " + UNIQUE.incrementAndGet(), null, null)));
        allow("convenings: read the check-in list", COORDINATORS, t -> t.membersConvening(),
                (t, id) -> t.attendance.entries(id, "", 0, 10));
        allow("convenings: read the attendance per organization", COORDINATORS, t -> t.membersConvening(),
                (t, id) -> t.attendance.rollup(id));
        allow("convenings: find people to add as walk-ins", COORDINATORS, t -> t.membersConvening(),
                (t, id) -> t.attendance.members(id, "", PageRequest.of(0, 5)));
        allow("convenings: open a check-in code", COORDINATORS, t -> t.membersConvening(),
                (t, id) -> t.checkInCodes.open(id));
        // A wrong code is refused by the field (not an access error) for whoever may see the convening.
        allow("convenings: enter a check-in code at a members-only convening", MEMBERS, t -> t.membersConvening(),
                (t, id) -> {
                    try {
                        t.checkInCodes.enter(id, "AAAAAA");
                    } catch (app.convene.shared.ValidationError wrongCode) {
                        // allowed to try
                    }
                });
        allow("convenings: count my attendance", SIGNED_IN, t -> t.attendance.attendedByMe());
        allow("office hours: publish an expert's slots", COORDINATORS, t -> {
                    t.officeHourExpert();
                    return t.officeHours();
                },
                (t, id) -> t.officeHours.publish(id, t.officeHourExpert(), t.officeHoursStart(id), 60, 2));
        allow("office hours: withdraw a free slot", COORDINATORS, t -> t.officeSlot(null),
                (t, slot) -> t.officeHours.withdraw(slot));
        allow("office hours: book a slot for one's organization", MEMBERS, t -> t.officeSlot(t.who),
                (t, slot) -> t.officeHours.book(slot));
        allow("office hours: book a slot for an organization of the initiative", COORDINATORS, t -> {
                    t.officeHoursPartner();
                    return t.officeSlot(null);
                }, (t, slot) -> t.officeHours.bookFor(slot, t.latestOfficeHoursPartner()));
        allow("office hours: cancel someone else's booking", COORDINATORS, t -> t.bookedOfficeSlot(),
                (t, slot) -> t.officeHours.cancel(slot));
        allow("office hours: set the allowance per organization", COORDINATORS, t -> t.officeHours(),
                (t, id) -> t.officeHours.setAllowance(id, 180));
        allow("office hours: see the minutes each organization booked", COORDINATORS, t -> t.officeHours(),
                (t, id) -> t.officeHours.usage(id));
        allow("office hours: list the organizations to book for", COORDINATORS, t -> t.officeHours(),
                (t, id) -> t.officeHours.organizations(id, "", 0, 10));
        allow("office hours: see the slots of members-only office hours", MEMBERS, t -> t.officeHours(),
                (t, id) -> t.officeHours.slots(id, 0, 10));
        Set<Who> libraryAdders = EnumSet.of(Who.COMMITTEE_MEMBER, Who.COORDINATOR, Who.ADMINISTRATOR);
        Set<Who> workgroupAdders = EnumSet.of(Who.WORKGROUP_LEAD, Who.COMMITTEE_MEMBER, Who.COORDINATOR, Who.ADMINISTRATOR);
        allow("library: list and read a public resource", EVERYONE, t -> t.libraryLink("PUBLIC", false), (t, id) -> {
            t.library.list(t.fixture.initiativeA(), 0, 10);
            t.library.get(id);
        });
        allow("library: read a members' resource", MEMBERS, t -> t.libraryLink("MEMBERS", false),
                (t, id) -> t.library.get(id));
        allow("library: read a committee resource", committee, t -> t.libraryLink("COMMITTEE", false),
                (t, id) -> t.library.get(id));
        allow("library: read a workgroup's resource", workgroupMembers, t -> t.libraryLink("WORKGROUP", true),
                (t, id) -> t.library.get(id));
        allow("library: download a public file", EVERYONE, t -> t.libraryFileVersion("PUBLIC", false),
                (t, version) -> t.library.download(version));
        allow("library: download a members' file", MEMBERS, t -> t.libraryFileVersion("MEMBERS", false),
                (t, version) -> t.library.download(version));
        allow("library: download a committee file", committee, t -> t.libraryFileVersion("COMMITTEE", false),
                (t, version) -> t.library.download(version));
        allow("library: download a workgroup's file", workgroupMembers, t -> t.libraryFileVersion("WORKGROUP", true),
                (t, version) -> t.library.download(version));
        allow("library: add a link to the initiative", libraryAdders, t -> t.library.addLink(t.fixture.initiativeA(),
                libraryDraft("MEMBERS", null, "https://example.org/matrix")));
        allow("library: add a file to the initiative", libraryAdders, t -> t.library.addFile(t.fixture.initiativeA(),
                libraryDraft("COMMITTEE", null, null), "matrix.txt", libraryText(), "First"));
        allow("library: add a file to a workgroup", workgroupAdders, t -> t.library.addFile(t.fixture.initiativeA(),
                libraryDraft("WORKGROUP", t.fixture.workgroup(), null), "matrix.txt", libraryText(), null));
        allow("library: add a version to someone else's file", COORDINATORS, t -> t.libraryFile("MEMBERS", false),
                (t, id) -> t.library.addVersion(id, "matrix-2.txt", libraryText(), "Second"));
        allow("library: add a version to someone else's file in a workgroup", workgroupMembers,
                t -> t.libraryFile("MEMBERS", true), (t, id) -> t.library.addVersion(id, "matrix-2.txt", libraryText(), null));
        allow("library: remove someone else's resource", COORDINATORS, t -> t.libraryLink("PUBLIC", false),
                (t, id) -> t.library.remove(id));
        allow("library: remove someone else's resource in a workgroup", workgroupMembers,
                t -> t.libraryLink("MEMBERS", true), (t, id) -> t.library.remove(id));
        allow("library: tag someone else's resource", COORDINATORS, t -> t.libraryLink("PUBLIC", false),
                (t, id) -> t.library.setTags(id, List.of()));
        allow("library: search (results limited to the reader's keys)", EVERYONE,
                t -> t.librarySearch.search(t.fixture.initiativeA(), "matrix", java.util.Map.of(), 0, 10));
        allow("library: list the tags", EVERYONE, t -> t.libraryTags.tags(t.fixture.initiativeA()));
        allow("library: add a tag", COORDINATORS, t -> t.libraryTags.add(t.fixture.initiativeA(),
                "Tag " + UNIQUE.incrementAndGet(), "component"));
        allow("library: rename a tag", COORDINATORS, t -> t.libraryTag(),
                (t, id) -> t.libraryTags.rename(id, "Renamed " + UNIQUE.incrementAndGet()));
        allow("library: remove a tag", COORDINATORS, t -> t.libraryTag(), (t, id) -> t.libraryTags.remove(id));
        allow("library: edit someone else's resource", COORDINATORS, t -> t.libraryLink("PUBLIC", false),
                (t, id) -> t.library.edit(id, t.libraryVersion(id), libraryDraft("PUBLIC", null,
                        "https://example.org/edited"), List.of()));
        allow("library: edit someone else's resource in a workgroup", workgroupMembers,
                t -> t.libraryFile("MEMBERS", true), (t, id) -> t.library.edit(id, t.libraryVersion(id),
                        libraryDraft("MEMBERS", null, null), List.of()));
        allow("library: add a file with topics to the initiative", libraryAdders, t -> t.libraryTag(),
                (t, tag) -> t.library.addFile(t.fixture.initiativeA(), libraryDraft("MEMBERS", null, null),
                        List.of(tag), "matrix.txt", libraryText(), null));
        allow("library: where one may add (nothing for whoever may not)", EVERYONE,
                t -> t.libraryPlaces.forAdding(t.fixture.initiativeA()));
        allow("library: link a resource to a goal", COORDINATORS, t -> t.libraryLinkTo(t.fixture.goal()),
                (t, id) -> t.libraryLinks.link(id, app.convene.library.LinkKind.GOAL, t.linkTarget));
        allow("library: link a workgroup's resource to a convening", workgroupMembers, t -> {
            long resource = t.libraryLink("MEMBERS", true);
            t.linkTarget = t.fixture.convening(app.convene.convenings.ConveningVisibility.PUBLIC);
            return resource;
        }, (t, id) -> t.libraryLinks.link(id, app.convene.library.LinkKind.CONVENING, t.linkTarget));
        allow("library: list what a resource may be linked to", COORDINATORS, t -> t.libraryLink("PUBLIC", false),
                (t, id) -> t.libraryLinks.options(id));
        allow("library: unlink a resource from a goal", COORDINATORS, t -> {
            long resource = t.libraryLinkTo(t.fixture.goal());
            t.libraryLinks.link(resource, app.convene.library.LinkKind.GOAL, t.linkTarget);
            return resource;
        }, (t, id) -> t.libraryLinks.unlink(id, app.convene.library.LinkKind.GOAL, t.linkTarget));
        allow("library: read a public resource's links and the resources linked to a goal", EVERYONE, t -> {
            long resource = t.libraryLinkTo(t.fixture.goal());
            t.libraryLinks.link(resource, app.convene.library.LinkKind.GOAL, t.linkTarget);
            return resource;
        }, (t, id) -> {
            t.libraryLinks.links(id);
            t.libraryLinks.linkedTo(app.convene.library.LinkKind.GOAL, t.linkTarget);
        });
        // Notification settings (issue 17): only one's own, which the calls have no way to name otherwise.
        allow("notifications: read own settings", SIGNED_IN, t -> t.notificationSettings.mine());
        allow("notifications: change own setting", SIGNED_IN, t -> {
            app.convene.notifications.NotificationSetting comment = t.notificationSettings.mine().stream()
                    .filter(s -> s.kind() == app.convene.notifications.NoticeKind.COMMENT).findFirst().orElseThrow();
            t.notificationSettings.change(comment.kind(), comment.delivery() == app.convene.notifications.Delivery.OFF
                    ? app.convene.notifications.Delivery.APP : app.convene.notifications.Delivery.OFF, comment.version());
        });
        allow("notifications: reset own settings to defaults", SIGNED_IN, t -> t.notificationSettings.resetMine());
        allow("notifications: change own language", SIGNED_IN, t -> t.notificationSettings.changeMyLanguage(
                UNIQUE.incrementAndGet() % 2 == 0 ? java.util.Locale.ENGLISH : java.util.Locale.of("es")));
        // The signed link is the proof: whoever holds it (signed in or not) turns that kind off for its person.
        allow("notifications: unsubscribe by a mailed link", EVERYONE, t -> {
            t.unsubscribeToken = t.unsubscribeLinks.token(t.fixture.target(),
                    app.convene.notifications.NoticeKind.values()[UNIQUE.incrementAndGet()
                            % app.convene.notifications.NoticeKind.values().length]);
            return null;
        }, (t, ignored) -> t.notificationSettings.unsubscribe(t.unsubscribeToken));
        // Digests go out from the scheduled job, as the system: no person may send them (decision 0035).
        allow("notifications: send the daily digests", EnumSet.noneOf(Who.class),
                t -> t.digests.send(app.convene.notifications.Delivery.DAILY));
        // issue 18 P3: implementation tracking of published recommendations (decision 0042)
        Set<Who> implementationReaders = EnumSet.of(Who.STAKEHOLDER, Who.WORKGROUP_LEAD, Who.COMMITTEE_MEMBER,
                Who.COORDINATOR, Who.ADMINISTRATOR);
        allow("implementation: read the tracking", implementationReaders, t -> t.fixture.publishedRecommendation(),
                (t, id) -> t.implementation.tracking(id));
        allow("implementation: save the tracking", COORDINATORS, t -> t.fixture.publishedRecommendation(),
                (t, id) -> t.implementation.save(id, 0, new app.convene.implementation.TrackingDraft(null,
                        app.convene.implementation.ImplementationStatus.IN_PROGRESS, null, Set.of())));
        allow("implementation: add a progress update", EnumSet.of(Who.COMMITTEE_MEMBER, Who.COORDINATOR,
                Who.ADMINISTRATOR), t -> t.fixture.publishedRecommendation(),
                (t, id) -> t.implementation.addUpdate(id, java.time.LocalDate.of(2024, 1, 1), "Progress"));
        allow("implementation: read the progress updates", implementationReaders,
                t -> t.fixture.publishedRecommendation(), (t, id) -> t.implementation.updates(id, PageRequest.of(0, 5)));
        allow("implementation: list owner organizations to choose", COORDINATORS,
                t -> t.fixture.publishedRecommendation(), (t, id) -> t.implementation.ownerChoices(id, "", 0, 10));
        allow("implementation: list milestones to link", COORDINATORS,
                t -> t.fixture.publishedRecommendation(), (t, id) -> t.implementation.milestoneChoices(id, "", 0, 10));
        // issue 18: indicators linked to a tracked recommendation, saved with the tracking as milestones are
        allow("implementation: list indicators to link", COORDINATORS,
                t -> t.fixture.publishedRecommendation(), (t, id) -> t.implementation.indicatorChoices(id, "", 0, 10));
        allow("implementation: save the tracking linking an indicator", COORDINATORS, t -> {
            t.linkTarget = t.indicator(false);
            return t.fixture.publishedRecommendation();
        }, (t, id) -> t.implementation.save(id, 0, new app.convene.implementation.TrackingDraft(null,
                app.convene.implementation.ImplementationStatus.IN_PROGRESS, null, Set.of(), Set.of(t.linkTarget))));
        allow("implementation: read where published recommendations stand (public)", EVERYONE,
                t -> t.implementation.standings(t.fixture.initiativeA()));
    }

    // issue 18 P2: impact indicators. Members see every indicator; visitors the public ones; coordinators change them.
    static {
        Set<Who> indicatorReaders = EnumSet.of(Who.STAKEHOLDER, Who.WORKGROUP_LEAD, Who.COMMITTEE_MEMBER,
                Who.COORDINATOR, Who.ADMINISTRATOR);
        allow("indicators: read a public indicator", EVERYONE, t -> t.indicator(true), (t, id) -> t.indicators.get(id));
        allow("indicators: read a members-only indicator", indicatorReaders, t -> t.indicator(false),
                (t, id) -> t.indicators.get(id));
        allow("indicators: list a goal's indicators and the goals that have some", EVERYONE, t -> t.fixture.goal(),
                (t, goal) -> {
                    t.indicators.goalsWithIndicators(t.fixture.initiativeA());
                    t.indicators.ofGoal(t.fixture.initiativeA(), goal, PageRequest.of(0, 5));
                });
        allow("indicators: list every indicator to manage", COORDINATORS,
                t -> t.indicators.forManaging(t.fixture.initiativeA(), PageRequest.of(0, 5)));
        allow("indicators: add an indicator", COORDINATORS, t -> t.fixture.goal(),
                (t, goal) -> t.indicators.save(t.fixture.initiativeA(), null, null, indicatorDraft(goal, true)));
        allow("indicators: change an indicator", COORDINATORS, t -> t.indicator(false),
                (t, id) -> t.indicators.save(t.fixture.initiativeA(), id, null,
                        indicatorDraft(t.jdbc.queryForObject("select goal_id from indicator where id = ?", Long.class, id),
                                true)));
        allow("indicators: delete an indicator", COORDINATORS, t -> t.indicator(false),
                (t, id) -> t.indicators.delete(id, t.jdbc.queryForObject("select version from indicator where id = ?",
                        Long.class, id)));
        allow("indicators: add a value", COORDINATORS, t -> t.indicator(false), (t, id) -> t.indicatorValues.save(id,
                null, null, new app.convene.indicators.ValueDraft(java.time.LocalDate.of(2025, 6, 30),
                        java.math.BigDecimal.TEN, "Matrix")));
        allow("indicators: change a value", COORDINATORS, t -> t.indicatorValue(), (t, id) -> t.indicatorValues.save(
                t.jdbc.queryForObject("select indicator_id from indicator_value where id = ?", Long.class, id), id, null,
                new app.convene.indicators.ValueDraft(java.time.LocalDate.of(2025, 9, 30), java.math.BigDecimal.ONE, null)));
        allow("indicators: delete a value", COORDINATORS, t -> t.indicatorValue(), (t, id) -> t.indicatorValues.delete(id,
                t.jdbc.queryForObject("select version from indicator_value where id = ?", Long.class, id)));
        allow("indicators: preview a CSV import of values", COORDINATORS, t -> t.indicator(false),
                (t, id) -> t.indicatorImports.preview(t.fixture.initiativeA(), ("indicator,period_end,value\n"
                        + t.jdbc.queryForObject("select name from indicator where id = ?", String.class, id)
                        + ",2025-06-30,3\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        allow("indicators: import the values of a preview", COORDINATORS, t -> t.indicator(false),
                (t, id) -> t.indicatorImports.commit(t.fixture.initiativeA(), new app.convene.indicators.IndicatorImportPreview(
                        List.of(new app.convene.indicators.IndicatorImportPreview.Row(2,
                                app.convene.indicators.IndicatorImportPreview.Status.NEW, "Matrix", id,
                                java.time.LocalDate.of(2025, 6, 30), java.math.BigDecimal.TEN, null, null)), null, null)));
    }

    @Autowired
    app.convene.indicators.IndicatorService indicators;
    @Autowired
    app.convene.indicators.IndicatorValueService indicatorValues;
    @Autowired
    app.convene.indicators.IndicatorImportService indicatorImports;

    static app.convene.indicators.IndicatorDraft indicatorDraft(long goal, boolean isPublic) {
        return new app.convene.indicators.IndicatorDraft(goal, "Matrix indicator " + UNIQUE.incrementAndGet(), "%",
                app.convene.indicators.Direction.HIGHER, java.math.BigDecimal.ONE, java.time.LocalDate.of(2024, 12, 31),
                java.math.BigDecimal.TEN, java.time.LocalDate.of(2027, 12, 31), "Matrix", isPublic);
    }

    /** An indicator of initiative A, on a new goal (made as the system). */
    long indicator(boolean isPublic) {
        return indicators.save(fixture.initiativeA(), null, null, indicatorDraft(fixture.goal(), isPublic));
    }

    /** A value of a new members-only indicator of initiative A. */
    long indicatorValue() {
        return indicatorValues.save(indicator(false), null, null, new app.convene.indicators.ValueDraft(
                java.time.LocalDate.of(2025, 3, 31), java.math.BigDecimal.ONE, null));
    }

    static {
        // issue 18 P4: the participation and equity dashboard (coordinators and committee members read; coordinators
        // set the targets; administrators also across every initiative).
        Set<Who> dashboardReaders = EnumSet.of(Who.COMMITTEE_MEMBER, Who.COORDINATOR, Who.ADMINISTRATOR);
        allow("analytics: read the dashboard", dashboardReaders, t -> t.dashboards.dashboard(t.fixture.initiativeA()));
        allow("analytics: read the dashboard across every initiative", ADMINS, t -> t.dashboards.dashboardOfAll());
        allow("analytics: download a dashboard table as CSV", dashboardReaders, t -> t.dashboards.csv(
                t.fixture.initiativeA(), "by-gender", key -> key, java.io.OutputStream.nullOutputStream()));
        allow("analytics: read the targets against the actual", dashboardReaders,
                t -> t.targets.statuses(t.fixture.initiativeA()));
        allow("analytics: list a target's categories", dashboardReaders, t -> t.targets.categoryOptions(
                t.fixture.initiativeA(), app.convene.analytics.Dimension.COUNTY));
        allow("analytics: add a target", COORDINATORS, t -> t.targets.add(t.fixture.initiativeA(), t.targetDraft()));
        allow("analytics: change a target", COORDINATORS, t -> t.representationTarget(),
                (t, id) -> t.targets.change(id, 0, t.targetDraft()));
        allow("analytics: remove a target", COORDINATORS, t -> t.representationTarget(),
                (t, id) -> t.targets.remove(id, 0));
    }

    @Autowired
    app.convene.notifications.Digests digests;
    @Autowired
    app.convene.implementation.ImplementationService implementation;
    @Autowired
    app.convene.analytics.DashboardService dashboards;
    @Autowired
    app.convene.analytics.TargetService targets;

    /** A representation target of initiative A (version 0), made directly in its table. */
    long representationTarget() {
        return jdbc.queryForObject("insert into representation_target (initiative_id, dimension, categories, population,"
                + " threshold_percent) values (?, 'SECTOR', 'LABOR_UNION', 'STEERING_COMMITTEE', 25) returning id",
                Long.class, fixture.initiativeA());
    }

    app.convene.analytics.TargetDraft targetDraft() {
        return new app.convene.analytics.TargetDraft(app.convene.analytics.Dimension.COUNTY, List.of("King"),
                app.convene.analytics.Population.ATTENDEES, java.math.BigDecimal.valueOf(15));
    }
    /** A mail parked as undeliverable (made directly in the table; the case retries or discards it). */
    long parkedMail() {
        long id = UNIQUE.incrementAndGet();
        jdbc.update("insert into mail_delivery (message_id, state, recipient, language, subject, body, attempts, "
                + "next_attempt_at, last_error, created_at) values (?, 'PARKED', 'matrix-mail@example.org', 'en', "
                + "'Matrix mail', 'Text', 1, now(), 'Refused', now())", parkedMailId(id));
        return id;
    }

    private static String parkedMailId(long id) {
        return "<matrix-" + id + "@convene.local>";
    }

    private static void allowReturning(String name, Set<Who> allowed, Function<AuthorizationMatrixTest, Object> call) {
        allow(name, allowed, t -> null, (t, ignored) -> call.apply(t));
    }

    private static void allow(String name, Set<Who> allowed, Consumer<AuthorizationMatrixTest> call) {
        allow(name, allowed, t -> null, (t, ignored) -> call.accept(t));
    }

    private static void allow(String name, Set<Who> allowed, Function<AuthorizationMatrixTest, Long> prepare,
                              BiConsumer<AuthorizationMatrixTest, Long> call) {
        MATRIX.put(new Operation(name, prepare, call), allowed);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        MATRIX.forEach((operation, allowed) -> {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(operation, who, allowed.contains(who)));
            }
        });
        return cases.stream();
    }

    @Autowired
    InitiativeService initiatives;
    @Autowired
    app.convene.initiatives.InitiativeContentService content;
    @Autowired
    app.convene.initiatives.GoalService goals;
    @Autowired
    OrganizationService organizations;
    @Autowired
    RoleService roles;
    @Autowired
    PersonService persons;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatrixFixture fixture;
    @Autowired
    app.convene.initiatives.InitiativeLifecycle lifecycle;
    @Autowired
    FirstCoordinators firstCoordinators;
    @Autowired
    SiteSettingsService siteSettings;
    @Autowired
    app.convene.notifications.MailAdministration mailAdministration;
    @Autowired
    app.convene.stakeholders.RegistrationService registrations;
    @Autowired
    app.convene.stakeholders.RegistrationConfirmations confirmations;
    @Autowired
    app.convene.stakeholders.RegistrationSettingsService registrationSettings;
    String repeatToken;
    @Autowired
    app.convene.notifications.NotificationSettingsService notificationSettings;
    @Autowired
    app.convene.notifications.internal.UnsubscribeLinks unsubscribeLinks;
    String unsubscribeToken;
    @Autowired
    app.convene.stakeholders.DirectoryService directory;
    @Autowired
    app.convene.stakeholders.StakeholderImportService imports;
    @Autowired
    app.convene.stakeholders.StakeholderExports exports;
    @Autowired
    app.convene.stakeholders.ProfileService profiles;
    app.convene.stakeholders.ImportPreview preview;
    /** The person of the case being run (preparations of own-account operations need it). */
    Who who;
    @Autowired
    app.convene.stakeholders.ParticipationService participation;
    @Autowired
    app.convene.workgroups.WorkgroupService workgroups;
    @Autowired
    app.convene.workgroups.JoinRequestService joinRequests;
    @Autowired
    app.convene.workgroups.WorkgroupNoteService workgroupNotes;
    @Autowired
    app.convene.recommendations.RecommendationService recommendations;
    @Autowired
    app.convene.recommendations.KeptWorkService keptWork;
    @Autowired
    app.convene.recommendations.DraftPresenceService presence;
    @Autowired
    app.convene.notifications.NoticeService notices;
    @Autowired
    app.convene.recommendations.RecommendationSourcesService sources;
    @Autowired
    app.convene.recommendations.DecisionService decisions;
    @Autowired
    app.convene.convenings.RsvpService rsvps;
    @Autowired
    app.convene.convenings.RsvpRoster rsvpRoster;
    @Autowired
    app.convene.convenings.AttendanceService attendance;
    @Autowired
    app.convene.convenings.CheckInCodes checkInCodes;

    /** A check-in of a guest to the convening, written straight into its table. */
    long checkedIn(long conveningId) {
        return jdbc.queryForObject("insert into attendance (convening_id, guest_name, method) values (?, 'Guest', 'WALK_IN')"
                + " returning id", Long.class, conveningId);
    }

    @Autowired
    app.convene.convenings.OfficeHourService officeHours;

    /** Members-only office hours of initiative A, each at a time of its own (an expert's slots never overlap). */
    long officeHours() {
        int day = 40 + UNIQUE.incrementAndGet();
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'OFFICE_HOURS', 'Matrix office hours', date_trunc('hour', now()) + ? * interval '1 day',
                        date_trunc('hour', now()) + ? * interval '1 day' + interval '4 hours', 'ONLINE', 'MEMBERS')
                returning id""", Long.class, fixture.initiativeA(), day, day);
    }

    /** The expert of the matrix's office hours: a stakeholder of initiative A of their own (none of the Who). */
    long officeHourExpert() {
        List<Long> known = jdbc.queryForList("select id from person where display_name = 'Matrix office-hours expert'",
                Long.class);
        if (!known.isEmpty()) {
            return known.getFirst();
        }
        long expert = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('matrix', 'matrix-office-hours-expert', 'Matrix office-hours expert', null, false, now())
                returning id""", Long.class);
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'STAKEHOLDER')",
                fixture.initiativeA(), expert);
        return expert;
    }

    java.time.LocalDateTime officeHoursStart(long conveningId) {
        return jdbc.queryForObject("""
                select c.starts_at at time zone i.time_zone from convening c join initiative i on i.id = c.initiative_id
                where c.id = ?""", java.time.LocalDateTime.class, conveningId);
    }

    /** An organization of initiative A (a partner), new each time. */
    long officeHoursPartner() {
        long organization = jdbc.queryForObject("insert into organization (name, type) values (?, 'GOVERNMENT') returning id",
                Long.class, "Matrix jurisdiction " + UNIQUE.incrementAndGet());
        jdbc.update("insert into initiative_partner (initiative_id, organization_id, role, position) values (?, ?, 'COHORT_MEMBER', 0)",
                fixture.initiativeA(), organization);
        return organization;
    }

    long latestOfficeHoursPartner() {
        return jdbc.queryForObject("""
                select max(p.organization_id) from initiative_partner p join organization o on o.id = p.organization_id
                where p.initiative_id = ? and o.name like 'Matrix jurisdiction %'""", Long.class, fixture.initiativeA());
    }

    /**
     * One free slot of new office hours; with {@code booker}, a member, their approved profile in initiative A
     * names a new organization, which they book for.
     */
    long officeSlot(Who booker) {
        long convening = officeHours();
        if (booker != null && MEMBERS.contains(booker)) {
            long person = jdbc.queryForObject("select id from person where display_name = ?", Long.class,
                    booker == Who.ADMINISTRATOR ? "Matrix Administrator" : "Matrix " + booker);
            String email = "matrix-office-" + UNIQUE.incrementAndGet() + "@example.org";
            jdbc.update("""
                    insert into registration (initiative_id, email_key, name, email, sector, status, source, directory_consent,
                        person_id, organization_id) values (?, ?, ?, ?, 'OTHER', 'APPROVED', 'FORM', false, ?, ?)""",
                    fixture.initiativeA(), email, "Matrix " + booker, email, person, officeHoursPartner());
        }
        return jdbc.queryForObject("""
                insert into office_hour_slot (convening_id, expert_id, starts_at, minutes)
                select id, ?, starts_at, 60 from convening where id = ? returning id""", Long.class, officeHourExpert(),
                convening);
    }

    /** A slot booked (by nobody in the matrix) for an organization of initiative A. */
    long bookedOfficeSlot() {
        long slot = officeSlot(null);
        jdbc.update("insert into office_hour_booking (slot_id, organization_id) values (?, ?)", slot, officeHoursPartner());
        return slot;
    }

    @Autowired
    app.convene.library.ResourceService library;
    @Autowired
    app.convene.library.LibraryTagService libraryTags;
    @Autowired
    app.convene.library.LibrarySearch librarySearch;
    @Autowired
    app.convene.library.LibraryPlaces libraryPlaces;
    @Autowired
    app.convene.library.ResourceLinkService libraryLinks;
    /** The goal or convening a library operation links to (made with its resource, as the system). */
    long linkTarget;

    /** A public link of initiative A (see {@link #libraryLink}) and the target it is to be linked to. */
    long libraryLinkTo(long target) {
        linkTarget = target;
        return libraryLink("PUBLIC", false);
    }


    static app.convene.library.ResourceDraft libraryDraft(String visibility, Long workgroupId, String url) {
        return new app.convene.library.ResourceDraft("Matrix resource " + UNIQUE.incrementAndGet(), null,
                app.convene.library.ResourceType.TOOL, app.convene.library.ResourceLanguage.EN,
                app.convene.library.ResourceVisibility.valueOf(visibility), workgroupId, url);
    }

    static java.io.InputStream libraryText() {
        return new java.io.ByteArrayInputStream(("Matrix text " + UNIQUE.incrementAndGet())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A link of initiative A added by the system (nobody of the matrix), in the matrix workgroup or not. */
    long libraryLink(String visibility, boolean inWorkgroup) {
        return library.addLink(fixture.initiativeA(), libraryDraft(visibility, inWorkgroup ? fixture.workgroup() : null,
                "https://example.org/" + UNIQUE.incrementAndGet()));
    }

    /** A text file of initiative A added by the system; returns the resource. */
    long libraryFile(String visibility, boolean inWorkgroup) {
        return library.addFile(fixture.initiativeA(), libraryDraft(visibility, inWorkgroup ? fixture.workgroup() : null,
                null), "matrix.txt", libraryText(), null);
    }

    /** The first version of a new text file (see {@link #libraryFile}). */
    long libraryFileVersion(String visibility, boolean inWorkgroup) {
        return library.get(libraryFile(visibility, inWorkgroup)).versions().getFirst().id();
    }

    /** The resource's optimistic-locking version as stored (what an edit form read). */
    long libraryVersion(long resourceId) {
        return jdbc.queryForObject("select version from resource where id = ?", Long.class, resourceId);
    }

    long libraryTag() {
        return libraryTags.add(fixture.initiativeA(), "Matrix tag " + UNIQUE.incrementAndGet(), "lever");
    }

    /** A members-only convening of initiative A next month (the RSVP part's rows). */
    long membersConvening() {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'SESSION', 'Matrix session', now() + interval '30 days', now() + interval '30 days 2 hours',
                        'ONLINE', 'MEMBERS') returning id""", Long.class, fixture.initiativeA());
    }
    @Autowired
    app.convene.recommendations.CommentService comments;
    @Autowired
    app.convene.recommendations.ReportExports reportExports;
    @Autowired
    app.convene.timeline.MilestoneService milestones;
    @Autowired
    app.convene.timeline.MilestoneFigures milestoneFigures;
    @Autowired
    app.convene.timeline.PersonalFeed personalFeed;
    @Autowired
    app.convene.convenings.ConveningService convenings;
    @Autowired
    app.convene.convenings.AgendaService agendas;
    @Autowired
    app.convene.convenings.ConveningLists conveningLists;

    /** The stored version of a convening (read as the system: the call under test checks the person). */
    static long versionOf(AuthorizationMatrixTest t, long conveningId) {
        return t.jdbc.queryForObject("select version from convening where id = ?", Long.class, conveningId);
    }

    @Autowired
    app.convene.convenings.ConveningCalendar conveningCalendar;
    @Autowired
    app.convene.convenings.Invitations invitations;

    /** A convening of initiative A, written straight into its table. */
    long convening(String visibility) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'OTHER', 'Matrix convening', now() + interval '30 days', now() + interval '31 days', 'ONLINE', ?)
                returning id""", Long.class, fixture.initiativeA(), visibility);
    }

    @Autowired
    app.convene.convenings.MinutesService minutes;
    @Autowired
    app.convene.convenings.MinutesActions minutesActions;

    /** Minutes in that state (version 0) for the convening; returns the convening's id. */
    long minutesIn(long conveningId, String status) {
        long id = jdbc.queryForObject("insert into convening_minutes (convening_id, status, markdown) values (?, ?, 'Text')"
                + " returning id", Long.class, conveningId, status);
        if ("APPROVED".equals(status)) {
            jdbc.update("insert into minutes_version (minutes_id, number, markdown, approved_at) values (?, 1, 'Text', now())",
                    id);
        }
        return conveningId;
    }

    /** A meeting the matrix workgroup hosts (its lead chairs it). */
    long workgroupMeeting() {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility, host_workgroup_id)
                values (?, 'WORKGROUP_MEETING', 'Matrix meeting', now() - interval '2 days', now() - interval '47 hours',
                        'ONLINE', 'WORKGROUP', ?) returning id""", Long.class, fixture.initiativeA(), fixture.workgroup());
    }

    /** An action item, owned by the matrix workgroup's lead, in fresh minutes of the convening; returns its id. */
    long minutesAction(long conveningId) {
        long minutesId = jdbc.queryForObject("insert into convening_minutes (convening_id, markdown) values (?, 'Text')"
                + " returning id", Long.class, conveningId);
        return jdbc.queryForObject("insert into minutes_action (minutes_id, what, owner_person_id, due) values (?, 'Act', ?,"
                + " date '2032-02-01') returning id", Long.class, minutesId, fixture.leadOfWorkgroup());
    }

    long guestRsvp(long conveningId) {
        return jdbc.queryForObject("insert into rsvp (convening_id, guest_name, guest_email, status) values (?, 'Guest', ?,"
                + " 'CONFIRMED') returning id", Long.class, conveningId, "guest" + UNIQUE.incrementAndGet() + "@example.org");
    }

    long conveningOf(long rsvpId) {
        return jdbc.queryForObject("select convening_id from rsvp where id = ?", Long.class, rsvpId);
    }

    app.convene.stakeholders.NewRegistration answers() {
        return new app.convene.stakeholders.NewRegistration("Matrix Registrant", "matrix" + UNIQUE.incrementAndGet()
                + "@example.org", null, "Matrix Org", null, app.convene.stakeholders.Sector.OTHER, null, null, null, null,
                Set.of(), true, app.convene.stakeholders.Demographics.NONE);
    }

    /** The mailed link of a repeat registration (the second registration of one email). */
    String repeatRegistrationToken() {
        app.convene.stakeholders.NewRegistration answers = answers();
        registrations.register(fixture.initiativeA(), answers, "10.97." + UNIQUE.incrementAndGet());
        registrations.register(fixture.initiativeA(), answers, "10.97." + UNIQUE.incrementAndGet());
        return app.convene.support.Mailbox.confirmationToken(answers.email());
    }

    long pendingRegistration() {
        app.convene.stakeholders.NewRegistration answers = answers();
        registrations.register(fixture.initiativeA(), answers, "10.98." + UNIQUE.incrementAndGet());
        return jdbc.queryForObject("select id from registration where email_key = ?", Long.class,
                app.convene.stakeholders.NewRegistration.emailKey(answers.email()));
    }

    byte[] csv() {
        return ("name,email,sector\nImported " + UNIQUE.incrementAndGet() + ",imported" + UNIQUE.incrementAndGet()
                + "@example.org,Other\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @BeforeEach
    void prepare() {
        fixture.ensure();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("cases")
    void operationIsAllowedOnlyForItsRoles(Operation operation, Who who, boolean allowed) {
        this.who = who;
        Long prepared = Authorization.runAsSystem(() -> operation.prepare().apply(this));
        fixture.signInAs(who);
        if (allowed) {
            assertThatCode(() -> operation.call().accept(this, prepared)).doesNotThrowAnyException();
            return;
        }
        Map<String, String> before = counts();
        assertThatThrownBy(() -> operation.call().accept(this, prepared))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(who == Who.VISITOR ? "Sign in" : "may not");
        assertThat(counts()).as("a refused operation changes nothing").isEqualTo(before);
    }

    /** Every count and fingerprint below, read in one statement (the matrix asks for it twice per refusal). */
    private static final List<String> COUNTED = Stream.concat(Stream.concat(
            TableCounts.CONTENT_TABLES.stream().map(table -> "select count(*) from " + table),
            Stream.of("person", "initiative_role", "audit_event", "registration", "workgroup",
                "workgroup_member", "join_request", "workgroup_note", "notice", "milestone", "milestone_progress", "phase",
                "report", "report_section", "recommendation", "recommendation_revision", "recommendation_work",
                "decision_round", "decision_response", "recommendation_comment",
                "recommendation_goal", "recommendation_workgroup", "decision_electorate", "site_settings",
                "stakeholder_settings", "convening_invitation_sent", "indicator", "indicator_value",
                "representation_target").map(table -> "select count(*) from " + table)),
            // Changes that keep the row counts: phase order and dates, milestone contents, feed addresses.
            Stream.of(
                "select string_agg(id || ':' || status, ',' order by id) from initiative",
                "select string_agg(id || ':' || position || name || start_date || end_date, ',' order by id) from phase",
                "select string_agg(id || ':' || title || status || due_date, ',' order by id) from milestone",
                "select string_agg(id || ':' || title || status || sequence || starts_at, ',' order by id) from convening",
                "select string_agg(id || ':' || version || categories || threshold_percent, ',' order by id)"
                        + " from representation_target",
                "select string_agg(id || ':' || calendar_token, ',' order by id) from person",
                "select string_agg(id || ':' || version || name, ',' order by id) from indicator",
                "select string_agg(id || ':' || version || value || period_end, ',' order by id) from indicator_value",
                "select string_agg(id || ':' || coalesce(language, '-'), ',' order by id) from person",
                "select string_agg(person_id || kind || coalesce(delivery, '-') || version, ',' order by person_id, kind)"
                        + " from notification_setting",
                "select string_agg(initiative_id || ':' || partners_by_county || coalesce(registration_open::text, '-')"
                        + " || coalesce(join_text, '-'), ',' order by initiative_id) from stakeholder_settings"))
            .distinct().toList();
    private static final String COUNTS = COUNTED.stream().map(query -> "(" + query + ")::text")
            .collect(java.util.stream.Collectors.joining(", ", "select ", ""));

    private Map<String, String> counts() {
        return jdbc.query(COUNTS, rows -> {
            rows.next();
            Map<String, String> counts = new LinkedHashMap<>();
            for (int i = 0; i < COUNTED.size(); i++) {
                counts.put(COUNTED.get(i), rows.getString(i + 1));
            }
            return counts;
        });
    }
}
