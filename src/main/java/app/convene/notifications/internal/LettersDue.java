package app.convene.notifications.internal;

import java.util.List;

/**
 * Several mails are due at once (a page of digests, a retry run; decision 0044): like {@link LetterDue}, kept by
 * the event publication registry until {@link LetterDelivery} has tried every one of them, but one publication and
 * one conversation with the mail server for them all.
 */
public record LettersDue(List<String> messageIds) {

    /** How many mails share one publication and one conversation with the mail server. */
    public static final int GROUP = 50;

    public LettersDue {
        messageIds = List.copyOf(messageIds);
    }

    /** The mails in groups of {@value #GROUP}, in order: one event per group. */
    public static List<LettersDue> inGroups(List<String> messageIds) {
        List<LettersDue> groups = new java.util.ArrayList<>();
        for (int from = 0; from < messageIds.size(); from += GROUP) {
            groups.add(new LettersDue(messageIds.subList(from, Math.min(messageIds.size(), from + GROUP))));
        }
        return groups;
    }
}
