package app.convene.convenings;

/** Minutes being written (DRAFT), shown to the attendees (IN_REVIEW), or approved and frozen (APPROVED). */
public enum MinutesStatus { DRAFT, IN_REVIEW, APPROVED }
