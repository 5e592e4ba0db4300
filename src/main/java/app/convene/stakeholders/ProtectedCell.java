package app.convene.stakeholders;

/** One cell after protection: value null means suppressed (shown as "fewer than 5" / "<5"). */
public record ProtectedCell(String label, Long value) {

    public boolean suppressed() {
        return value == null;
    }
}
