package app.convene.security;

/** A person's role in one initiative. Labels: {@code role.<NAME>}. */
public enum InitiativeRole {
    COORDINATOR, COMMITTEE_MEMBER, WORKGROUP_LEAD, STAKEHOLDER
}
