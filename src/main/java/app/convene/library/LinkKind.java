package app.convene.library;

/** What a resource may be linked to: a goal, a workgroup, a convening (as pre-work), a recommendation (as evidence). */
public enum LinkKind {
    GOAL, WORKGROUP, CONVENING, RECOMMENDATION
}
