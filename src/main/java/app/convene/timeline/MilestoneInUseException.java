package app.convene.timeline;

import java.util.List;

/** A milestone other milestones depend on is not deleted without saying so: {@code dependents} are their titles. */
public class MilestoneInUseException extends RuntimeException {

    private final List<String> dependents;

    public MilestoneInUseException(List<String> dependents) {
        super("Other milestones depend on it: " + String.join(", ", dependents));
        this.dependents = List.copyOf(dependents);
    }

    public List<String> dependents() {
        return dependents;
    }
}
