package app.convene.notifications.ui;

import app.convene.notifications.NoticeLeft;
import app.convene.shared.ui.PushChannels;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After the commit of a change that left a notice for a person, every page that person has open refreshes its
 * notices (the header's count, the notices page). A plain listener that asks for the push after the commit
 * itself: a {@code @TransactionalEventListener} would store a publication in the event registry for every notice,
 * and a missed refresh needs no retry (the next page load shows the notice).
 */
@Component
class NoticePush {

    private final PushChannels channels;

    NoticePush(PushChannels channels) {
        this.channels = channels;
    }

    /** The channel of one person's notices. */
    static String channel(Long personId) {
        return personId == null ? null : "notices:" + personId;
    }

    @EventListener
    void noticeLeft(NoticeLeft left) {
        channels.publishAfterCommit(channel(left.personId()));
    }
}
