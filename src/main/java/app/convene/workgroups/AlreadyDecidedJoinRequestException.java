package app.convene.workgroups;

/** Someone else decided (or the person withdrew) the request first; nothing changed. */
public class AlreadyDecidedJoinRequestException extends RuntimeException {

    public AlreadyDecidedJoinRequestException(JoinRequestStatus status) {
        super("The join request was already " + status.name().toLowerCase());
    }
}
