package app.convene.notifications.ui;

import app.convene.notifications.NoticeService;
import app.convene.shared.ui.HeaderPart;
import app.convene.shared.ui.PushChannels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.springframework.core.annotation.Order;

/**
 * The header's link to the signed-in person's notices, its text (and so its accessible name) stating the unread
 * count; nothing for visitors. It follows new notices by push without a reload, and a status message (read by
 * screen readers, not shown) says when one arrives.
 */
class NoticesHeaderPart implements HeaderPart {

    private final NoticeService notices;
    final Anchor link = new Anchor(NoticesView.ROUTE, "");
    final Span arrived = new Span();
    private final Span part = new Span(link, arrived);
    private final PushChannels channels;
    private long shown = -1;
    private Registration listening;
    private String listeningOn;

    NoticesHeaderPart(NoticeService notices, PushChannels channels) {
        this.notices = notices;
        this.channels = channels;
        link.setId("notices-link");
        link.addClassName("cv-admin-link");
        link.setVisible(false);
        arrived.setId("notices-arrived");
        arrived.addClassName("cv-visually-hidden");
        arrived.getElement().setAttribute("role", "status");
        part.addClassName("cv-notices-part");
        part.addAttachListener(attach -> follow());
        part.addDetachListener(detach -> stopFollowing());
    }

    @Override
    public Component component() {
        return part;
    }

    /** A new reader (the layout outlives navigations; it is told only when who is signed in changes). */
    @Override
    public void showReader(Long initiativeId) {
        shown = -1;
        follow();
        refresh();
    }

    /** Listens on the signed-in person's notices; the count changes by push from then on. */
    private void follow() {
        String channel = NoticePush.channel(notices.reader());
        if (java.util.Objects.equals(channel, listeningOn)) {
            return;
        }
        stopFollowing();
        part.getUI().filter(ui -> channel != null).ifPresent(ui -> {
            listening = channels.listen(ui, channel, this::refresh);
            listeningOn = channel;
        });
    }

    private void stopFollowing() {
        if (listening != null) {
            listening.remove();
        }
        listening = null;
        listeningOn = null;
    }

    /** Shows the unread count now; announces a rise (a new notice), not a fall (the reader marked some read). */
    void refresh() {
        if (!notices.signedIn()) {
            link.setVisible(false);
            return;
        }
        long unread = notices.unread();
        link.setText(unread == 0 ? link.getTranslation("my.notices") : link.getTranslation("my.noticesUnread", unread));
        link.setVisible(true);
        arrived.setText(shown >= 0 && unread > shown ? link.getTranslation("my.noticeArrived", unread) : "");
        shown = unread;
    }

    @org.springframework.stereotype.Component
    @Order(50)
    static class Factory implements HeaderPart.Factory {

        private final NoticeService notices;
        private final PushChannels channels;

        Factory(NoticeService notices, PushChannels channels) {
            this.notices = notices;
            this.channels = channels;
        }

        @Override
        public HeaderPart create() {
            return new NoticesHeaderPart(notices, channels);
        }
    }
}
