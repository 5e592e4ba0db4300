package app.convene.notifications.internal;

/**
 * A mail is due (decision 0033): published in the transaction that wrote its {@code mail_delivery} row, kept by
 * Spring Modulith's event publication registry until {@link LetterDelivery} has handed it to the mail server
 * (or parked it), and resubmitted by {@link MailRetries} while it is not.
 */
public record LetterDue(String messageId) {
}
