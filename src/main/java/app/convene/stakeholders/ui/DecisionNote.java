package app.convene.stakeholders.ui;

/** The coordinator's note on a decision, as the queue's {@code Binder} writes it. */
public record DecisionNote(String note) {

    /** The longest note the registration keeps. */
    static final int MAX_LENGTH = 2000;
}
