package app.convene.notifications.internal;

import java.util.List;

/**
 * Several mails are due at once (a page of digests, a retry run; decision 0044): like {@link LetterDue}, kept by
 * the event publication registry until {@link LetterDelivery} has tried every one of them, but one publication and
 * one conversation with the mail server for them all.
 */
public record LettersDue(List<String> messageIds) {

    public LettersDue {
        messageIds = List.copyOf(messageIds);
    }
}
