package app.convene.convenings;

/** Who sees it and may RSVP: everyone (guests too), anyone with a role in the initiative, the host workgroup's members, the steering committee (coordinators always). Labels: {@code convening.visibility.<NAME>}. */
public enum ConveningVisibility {
    PUBLIC, MEMBERS, WORKGROUP, COMMITTEE
}
