package app.convene.initiatives;

/** The phase's dates overlap another phase that is not marked parallel. */
public class PhaseOverlapException extends RuntimeException {

    private final String otherPhase;

    public PhaseOverlapException(String otherPhase) {
        super("The dates overlap the phase " + otherPhase);
        this.otherPhase = otherPhase;
    }

    public String otherPhase() {
        return otherPhase;
    }
}
