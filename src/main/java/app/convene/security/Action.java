package app.convene.security;

/**
 * Everything that needs permission. Public reads (an initiative's public page) need none and
 * have no entry here. The rules are in {@link Authorization}; the matrix test covers each.
 */
public enum Action {
    /** Create a new initiative, and list every initiative, drafts and archived ones included (administrators). */
    CREATE_INITIATIVE,
    /** Publish a draft initiative or take it back to draft (coordinators of the initiative). */
    PUBLISH_INITIATIVE,
    /** Archive an initiative (read-only, off the home page) or restore it (administrators). */
    ARCHIVE_INITIATIVE,
    /** Change the site's own settings: name, contact, public address, registration default (administrators). */
    MANAGE_SITE_SETTINGS,
    /** Appoint or remove coordinators of an initiative (administrators). */
    APPOINT_COORDINATOR,
    /** Appoint or remove steering committee members (coordinators of the initiative). */
    APPOINT_COMMITTEE_MEMBER,
    /** Appoint or remove workgroup leads (coordinators of the initiative). */
    APPOINT_WORKGROUP_LEAD,
    /** Add or remove stakeholders directly (coordinators of the initiative). */
    MANAGE_STAKEHOLDERS,
    /** See who holds which role in an initiative and find people to appoint (coordinators). */
    VIEW_ROLES,
    /** Change an initiative's partner organizations (coordinators of the initiative). */
    MANAGE_PARTNERS,
    /** Add organizations to the shared directory (coordinators of any initiative). */
    MANAGE_ORGANIZATIONS,
    /** Read the members' directory and organization pages (anyone with a role in the initiative). */
    VIEW_DIRECTORY,
    /** Create workgroups, set their charter, capacity and leads (coordinators of the initiative). */
    MANAGE_WORKGROUPS,
    /** See membership of each workgroup by sector and region, in aggregate (coordinators). */
    VIEW_WORKGROUP_BALANCE,
    /** Ask to join a workgroup (anyone with a role in its initiative). Workgroup-scoped. */
    REQUEST_TO_JOIN_WORKGROUP,
    /** Approve or decline join requests (the workgroup's leads, coordinators). Workgroup-scoped. */
    DECIDE_JOIN_REQUESTS,
    /** Remove members, make co-leads (the workgroup's leads, coordinators). Workgroup-scoped. */
    MANAGE_WORKGROUP_MEMBERS,
    /** Read the charter's members, notes and activity (members, leads, coordinators). Workgroup-scoped. */
    READ_WORKGROUP,
    /** Write notes and action items (the workgroup's leads, coordinators). Workgroup-scoped. */
    WRITE_WORKGROUP_NOTES,
    /** Add and edit phases and milestones (coordinators of the initiative). */
    MANAGE_TIMELINE,
    /** Edit the initiative's texts, goals and strategies and their translations (coordinators of the initiative). */
    EDIT_INITIATIVE_CONTENT,
    /** See internal (not public) milestones and the timeline's details (anyone with a role). */
    VIEW_INTERNAL_MILESTONES,
    /** Change a milestone's status with a progress note (coordinators; leads of the owning workgroup). */
    UPDATE_MILESTONE_STATUS,
    /** Create reports and sections, draft and save recommendations (committee members, coordinators). */
    DRAFT_RECOMMENDATIONS,
    /** Read reports, drafts and their history (anyone with a role in the initiative). */
    VIEW_RECOMMENDATIONS,
    /** Open, close early and void decision rounds; resolve objections; publish or withdraw (coordinators). */
    RUN_DECISIONS,
    /** Record consent, concern, objection or abstention in a decision round (committee members). */
    RESPOND_TO_DECISION,
    /** Read the audit log (administrators). */
    VIEW_AUDIT_LOG,
    /**
     * Create, change, move and cancel convenings and their agendas; see their RSVPs, waitlist and
     * accommodations; check people in; draft minutes (coordinators; in a workgroup, its leads). Also workgroup-scoped.
     */
    MANAGE_CONVENINGS,
    /** See and RSVP to convenings open to members (anyone with a role in the initiative). */
    VIEW_MEMBER_CONVENINGS,
    /**
     * Add files and links to the library, and new versions of one's own (coordinators and committee members;
     * in a workgroup, its leads and members). Also workgroup-scoped.
     */
    ADD_LIBRARY_RESOURCES,
    /** Change or remove anyone's library resources (coordinators; in a workgroup, its leads). Also workgroup-scoped. */
    CURATE_LIBRARY,
    /** Add, rename and remove the initiative's library tags (coordinators). */
    MANAGE_LIBRARY_TAGS,
    /** Define a goal's impact indicators, enter and import their values (coordinators of the initiative). */
    MANAGE_INDICATORS,
    /** See indicators that are not public, with their values (anyone with a role in the initiative). */
    VIEW_INTERNAL_INDICATORS,
    /**
     * Track a published recommendation into implementation: owner organization, status, linked milestones
     * (coordinators of the initiative).
     */
    TRACK_IMPLEMENTATION,
    /** Add a dated progress update to a published recommendation's implementation (coordinators, committee members). */
    REPORT_IMPLEMENTATION_PROGRESS,
    /**
     * See the participation and equity dashboard: the funnel, representation against its targets, milestones,
     * recommendations and convenings in aggregate (coordinators and committee members; across every initiative,
     * administrators).
     */
    VIEW_PARTICIPATION_DASHBOARD,
    /** Set, change and remove an initiative's representation targets (coordinators). */
    MANAGE_REPRESENTATION_TARGETS;

    /** Actions that only read: still allowed in an archived (read-only) initiative. */
    private static final java.util.Set<Action> READS = java.util.EnumSet.of(VIEW_ROLES, VIEW_DIRECTORY,
            VIEW_WORKGROUP_BALANCE, READ_WORKGROUP, VIEW_INTERNAL_MILESTONES, VIEW_RECOMMENDATIONS, VIEW_AUDIT_LOG,
            VIEW_MEMBER_CONVENINGS, VIEW_INTERNAL_INDICATORS, VIEW_PARTICIPATION_DASHBOARD);

    /** Whether the action changes something (refused in an archived initiative, restoring it excepted). */
    public boolean writes() {
        return !READS.contains(this);
    }

    /** The action that appointing to (or removing from) a role requires. */
    public static Action toAppoint(InitiativeRole role) {
        return switch (role) {
            case COORDINATOR -> APPOINT_COORDINATOR;
            case COMMITTEE_MEMBER -> APPOINT_COMMITTEE_MEMBER;
            case WORKGROUP_LEAD -> APPOINT_WORKGROUP_LEAD;
            case STAKEHOLDER -> MANAGE_STAKEHOLDERS;
        };
    }
}
