package app.convene.notifications;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of notice a person can choose a delivery for (settings, digests, unsubscribe links). Each
 * notice Convene leaves names exactly one kind; the default delivery applies until the person chooses.
 * A duty kind (something waiting for the reader to act on) cannot be turned off or kept in the app only:
 * its reader may choose mail at once or a digest.
 */
public enum NoticeKind {
    /** My request to join a workgroup was approved or declined. */
    JOIN_DECIDED(Delivery.MAIL, false),
    /** Someone asks to join a workgroup I lead. */
    JOIN_REQUESTED(Delivery.MAIL, true),
    /** A registration waits for a coordinator's decision. */
    REGISTRATION_WAITING(Delivery.MAIL, true),
    /** A milestone I own is overdue or at risk. */
    MILESTONE(Delivery.MAIL, false),
    /** An action item was assigned to me, or I was removed from a workgroup. */
    WORKGROUP(Delivery.MAIL, false),
    /** A recommendation draft is ready for my review. */
    DRAFT_REVIEW(Delivery.MAIL, false),
    /** A decision round I vote in opened or closes soon. */
    DECISION_ROUND(Delivery.MAIL, false),
    /** A comment on my draft, or a reply to my comment. */
    COMMENT(Delivery.DAILY, false),
    /** My RSVP was confirmed, promoted from the waiting list, or the convening changed, was cancelled or is tomorrow. */
    RSVP(Delivery.MAIL, false),
    /** Office hours booked or cancelled for my organization or with me. */
    OFFICE_HOURS(Delivery.MAIL, false),
    /** Minutes of a convening I attended are ready for review, or were approved. */
    MINUTES(Delivery.MAIL, false),
    /** A new resource was added to my workgroup's library. */
    NEW_RESOURCE(Delivery.WEEKLY, false);

    private final Delivery defaultDelivery;
    private final boolean duty;

    NoticeKind(Delivery defaultDelivery, boolean duty) {
        this.defaultDelivery = defaultDelivery;
        this.duty = duty;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    /** Whether the reader must keep it reaching them by mail (at once or in a digest). */
    public boolean duty() {
        return duty;
    }

    /** The deliveries a reader may choose for this kind. */
    public Set<Delivery> choices() {
        return duty ? EnumSet.of(Delivery.MAIL, Delivery.DAILY, Delivery.WEEKLY) : EnumSet.allOf(Delivery.class);
    }
}
