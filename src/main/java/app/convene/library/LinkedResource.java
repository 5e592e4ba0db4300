package app.convene.library;

/** A resource shown next to what it is linked to (a goal, a workgroup, a convening, a recommendation). */
public record LinkedResource(long id, String title, ResourceKind kind, ResourceType type) {
}
