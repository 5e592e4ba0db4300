package app.convene.notifications.ui;

import app.convene.notifications.NoticeItem;
import app.convene.notifications.NoticeService;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PushChannels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.data.domain.PageRequest;

/**
 * The signed-in person's notices, grouped by day, newest first, a page at a time (decision 0036). Opening the
 * page marks nothing read: the reader marks one or all read. Unread ones carry the word "Unread" (not only a
 * colour) and a button to mark them read. New notices appear by push while the page is open.
 */
@Route(value = NoticesView.ROUTE, layout = MainLayout.class)
@PermitAll
class NoticesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "my/notices";
    static final int PAGE_SIZE = 20;

    private final NoticeService notices;
    private final DateTimes dateTimes;
    private final PushChannels channels;
    final RadioButtonGroup<Boolean> show = new RadioButtonGroup<>();
    final Button markAll = new Button();
    final Paragraph status = new Paragraph();
    private final Div content = new Div();
    NoticeDays list;
    /** What the page shows: the newest notice and the unread count; a push refreshes the list when they change. */
    private Long newest;
    private long unread;

    NoticesView(NoticeService notices, DateTimes dateTimes, PushChannels channels) {
        this.notices = notices;
        this.dateTimes = dateTimes;
        this.channels = channels;
        addClassName("cv-page");
        show.setLabel(getTranslation("my.notices.show"));
        show.setItems(false, true);
        show.setItemLabelGenerator(unreadOnly -> getTranslation(unreadOnly ? "my.notices.unreadOnly" : "my.notices.all"));
        show.setValue(false);
        show.addValueChangeListener(change -> render());
        markAll.setText(getTranslation("my.notices.markAllRead"));
        markAll.addClickListener(click -> markAllRead());
        status.addClassName("cv-visually-hidden");
        status.getElement().setAttribute("role", "status");
        Anchor settings = new Anchor(NotificationSettingsView.ROUTE, getTranslation("my.notificationSettings"));
        settings.setId("notification-settings-link");
        Div tools = new Div(show, markAll, settings);
        tools.addClassName("cv-notice-tools");
        add(new H1(getTranslation("my.notices")), tools, status, content);
        channels.whileAttached(this, () -> NoticePush.channel(notices.reader()), this::refreshIfChanged);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        content.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(ConveneI18NProvider.supported(getLocale()))
                .withZone(dateTimes.zone());
        boolean unreadOnly = Boolean.TRUE.equals(show.getValue());
        list = new NoticeDays(page -> notices.mine(page, unreadOnly), notice -> card(notice, time), this::dayName,
                dateTimes.zone(), PAGE_SIZE, getTranslation("my.moreNotices"));
        remember();
        content.add(list.itemCount() == 0
                ? new Span(getTranslation(unreadOnly ? "my.notices.noneUnread" : "my.noNotices")) : list);
    }

    private void remember() {
        newest = notices.mine(PageRequest.of(0, 1)).stream().findFirst().map(NoticeItem::id).orElse(null);
        unread = notices.unread();
    }

    /** A push: a notice arrived, or some were marked read elsewhere (another tab); shown again only then. */
    void refreshIfChanged() {
        Long before = newest;
        long unreadBefore = unread;
        remember();
        if (!java.util.Objects.equals(before, newest) || unreadBefore != unread) {
            render();
        }
    }

    private String dayName(LocalDate day) {
        LocalDate today = dateTimes.today();
        if (day.equals(today)) {
            return getTranslation("my.notices.today");
        }
        if (day.equals(today.minusDays(1))) {
            return getTranslation("my.notices.yesterday");
        }
        return dateTimes.date(day, getLocale());
    }

    private Component card(NoticeItem notice, DateTimeFormatter time) {
        String text = getTranslation(notice.messageKey(), (Object[]) notice.params());
        Component body = notice.link() == null ? new Span(text) : new Anchor(notice.link(), text);
        Span when = new Span(time.format(notice.at()));
        when.addClassName("cv-facts");
        Div card = new Div();
        card.addClassName("cv-partner");
        card.addClassName("cv-notice");
        if (notice.unread()) {
            Span badge = new Span(getTranslation("my.notices.unread"));
            badge.addClassName("cv-badge");
            Button read = new Button(getTranslation("my.notices.markRead"));
            read.setAriaLabel(getTranslation("my.notices.markReadNamed", text));
            read.addClassName("cv-notice-read");
            card.addClassName("cv-notice-unread");
            card.add(badge, body, when, read);
            read.addClickListener(click -> markRead(notice, card, badge, read, body));
        } else {
            card.add(body, when);
        }
        return card;
    }

    private void markRead(NoticeItem notice, Div card, Span badge, Button read, Component body) {
        notices.markRead(notice.id());
        unread = Math.max(0, unread - 1);
        card.removeClassName("cv-notice-unread");
        card.remove(badge, read);
        if (!(body instanceof Anchor)) {
            body.getElement().setAttribute("tabindex", "-1");
        }
        body.getElement().callJsFunction("focus");
        status.setText(getTranslation("my.notices.markedRead"));
        channels.publish(NoticePush.channel(notices.reader()));
    }

    private void markAllRead() {
        notices.markAllRead();
        render();
        status.setText(getTranslation("my.notices.allMarkedRead"));
        markAll.focus();
        channels.publish(NoticePush.channel(notices.reader()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.notices") + " · " + getTranslation("app.name");
    }
}
