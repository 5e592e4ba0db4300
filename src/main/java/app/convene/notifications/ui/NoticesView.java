package app.convene.notifications.ui;

import app.convene.notifications.NoticeItem;
import app.convene.notifications.NoticeService;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PagedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;

/** The signed-in person's notices, newest first; opening the page marks them read. */
@Route(value = NoticesView.ROUTE, layout = MainLayout.class)
@PermitAll
class NoticesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "my/notices";

    private final NoticeService notices;

    private final DateTimes dateTimes;

    NoticesView(NoticeService notices, DateTimes dateTimes) {
        this.notices = notices;
        this.dateTimes = dateTimes;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        DateTimeFormatter format = dateTimes.dateTimes(getLocale());
        PagedList<NoticeItem> list = new PagedList<>(notices::mine, notice -> card(notice, format), 20,
                getTranslation("my.moreNotices"));
        add(new H1(getTranslation("my.notices")),
                new Anchor(NotificationSettingsView.ROUTE, getTranslation("my.notificationSettings")));
        add(list.itemCount() == 0 ? new Span(getTranslation("my.noNotices")) : list);
        notices.markAllRead();
    }

    private Component card(NoticeItem notice, DateTimeFormatter format) {
        String text = getTranslation(notice.messageKey(), (Object[]) notice.params());
        Component body = notice.link() == null ? new Span(text) : new Anchor(notice.link(), text);
        Span when = new Span(format.format(notice.at()) + (notice.unread() ? " · " + getTranslation("my.new") : ""));
        when.addClassName("cv-facts");
        Div card = new Div(body, when);
        card.addClassName("cv-partner");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.notices") + " · " + getTranslation("app.name");
    }
}
