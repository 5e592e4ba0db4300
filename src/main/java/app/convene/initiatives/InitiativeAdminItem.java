package app.convene.initiatives;

/** One line of the administrators' list of initiatives, whatever their status. */
public record InitiativeAdminItem(long id, String slug, String name, String region, InitiativeStatus status) {
}
