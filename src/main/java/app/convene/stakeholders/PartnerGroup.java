package app.convene.stakeholders;

/**
 * One group of an initiative's public partner list: the partners in one role, within one county when
 * the initiative groups its partners by county ({@code county} null: not grouped by county, or partners
 * that name no county).
 */
public record PartnerGroup(String county, PartnerRole role, long count) {
}
