package app.convene.stakeholders;

/** An organization as a picker lists it ("City of Atlanta (GA) — Invest Atlanta"). */
public record OrganizationOption(long id, String label) {
}
