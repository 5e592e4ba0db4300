package app.convene.recommendations;

/** Input that cannot be saved; {@code field} names the field, {@code messageKey} the i18n text. */
public class RecommendationValidationException extends RuntimeException {
    private final String field;
    private final String messageKey;

    public RecommendationValidationException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
