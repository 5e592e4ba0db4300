package app.convene.convenings;

/** What kind of gathering it is. Labels: {@code convening.kind.<NAME>}. */
public enum ConveningKind {
    KICKOFF, SESSION, WORKGROUP_MEETING, COMMITTEE_MEETING, OFFICE_HOURS, OTHER
}
