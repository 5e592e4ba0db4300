package app.convene.timeline;

/** Labels: {@code milestone.status.<NAME>}. */
public enum MilestoneStatus { PLANNED, IN_PROGRESS, AT_RISK, BLOCKED, DONE }
