package app.convene.analytics;

/**
 * The steps of the participation funnel: registered (any registration), approved, and of the approved: in a
 * workgroup, attended a convening, contributed (a comment, a revision, a decision response or a workgroup note).
 * Labels: {@code analytics.stage.<NAME>}.
 */
public enum Stage {
    REGISTERED, APPROVED, IN_WORKGROUP, ATTENDED, CONTRIBUTED
}
