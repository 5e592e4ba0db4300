package app.convene.notifications;

/**
 * What an unsubscribe link does or did: for a link Convene signed that still holds, the kind, how it reached the
 * person before and how it reaches them now (off; for a duty, the weekly digest); otherwise why it does nothing.
 */
public sealed interface Unsubscribe {

    /** A valid link: {@code before} → {@code after} (the same when nothing was changed yet, or it was off already). */
    record Done(NoticeKind kind, Delivery before, Delivery after) implements Unsubscribe {
    }

    /** A link signed by Convene whose time ran out: it changes nothing. */
    record Expired(NoticeKind kind) implements Unsubscribe {
    }

    /** A link Convene did not sign (altered, cut short) or for a person it does not know: it changes nothing. */
    record Invalid() implements Unsubscribe {
    }
}
