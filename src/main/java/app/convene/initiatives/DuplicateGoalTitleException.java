package app.convene.initiatives;

/** Another goal of the initiative has this title already (compared without case or surrounding spaces). */
public class DuplicateGoalTitleException extends RuntimeException {

    public DuplicateGoalTitleException(String title) {
        super("A goal titled '" + title + "' exists already");
    }
}
