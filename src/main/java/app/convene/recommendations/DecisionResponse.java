package app.convene.recommendations;

/** A committee member's answer in a decision round. Concern and objection need a reason. */
public enum DecisionResponse {
    CONSENT, CONCERN, OBJECTION, ABSTAIN;

    public boolean needsReason() {
        return this == CONCERN || this == OBJECTION;
    }
}
