package app.convene.library;

/** A goal, workgroup, convening or recommendation of the resource's initiative, by id and its name. */
public record LinkTarget(LinkKind kind, long id, String name) {
}
