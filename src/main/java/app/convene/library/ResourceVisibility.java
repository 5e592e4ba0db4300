package app.convene.library;

/**
 * Who reads a resource: everyone (visitors too), anyone with a role in the initiative, the steering committee,
 * the resource's workgroup (coordinators always). Labels: {@code library.visibility.<NAME>}.
 */
public enum ResourceVisibility {
    PUBLIC, MEMBERS, COMMITTEE, WORKGROUP
}
