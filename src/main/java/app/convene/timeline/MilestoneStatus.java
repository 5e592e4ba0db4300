package app.convene.timeline;

/**
 * Labels: {@code milestone.status.<NAME>}. A cancelled milestone stays (struck through, with its reason in
 * the history) but is no longer expected: it is never overdue and does not count in "percent done".
 */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, AT_RISK, BLOCKED, DONE, CANCELLED;

    /** Still to be done: neither done nor cancelled. */
    public boolean open() {
        return this != DONE && this != CANCELLED;
    }
}
