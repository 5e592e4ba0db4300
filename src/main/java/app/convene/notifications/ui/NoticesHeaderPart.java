package app.convene.notifications.ui;

import app.convene.notifications.NoticeService;
import app.convene.shared.ui.HeaderPart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.core.annotation.Order;

/** The header's link to the signed-in person's notices, with the unread count; nothing for visitors. */
class NoticesHeaderPart implements HeaderPart {

    private final NoticeService notices;
    private final Anchor link = new Anchor(NoticesView.ROUTE, "");

    NoticesHeaderPart(NoticeService notices) {
        this.notices = notices;
        link.setId("notices-link");
        link.addClassName("cv-admin-link");
        link.setVisible(false);
    }

    @Override
    public Component component() {
        return link;
    }

    @Override
    public void showInitiative(Long initiativeId) {
        if (!notices.signedIn()) {
            link.setVisible(false);
            return;
        }
        long unread = notices.unread();
        link.setText(unread == 0 ? link.getTranslation("my.notices") : link.getTranslation("my.noticesUnread", unread));
        link.setVisible(true);
    }

    @org.springframework.stereotype.Component
    @Order(50)
    static class Factory implements HeaderPart.Factory {

        private final NoticeService notices;

        Factory(NoticeService notices) {
            this.notices = notices;
        }

        @Override
        public HeaderPart create() {
            return new NoticesHeaderPart(notices);
        }
    }
}
