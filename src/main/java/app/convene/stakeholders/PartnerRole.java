package app.convene.stakeholders;

/**
 * The part an organization plays in an initiative, in the order the public page groups them.
 * Labels: {@code partner.role.<NAME>}.
 */
public enum PartnerRole {
    LEAD, FOUNDING_PARTNER, STATE_PARTNER, FACILITATOR, FUNDER, COHORT_MEMBER, REGIONAL_PARTNER, STEERING_COMMITTEE,
    OTHER
}
