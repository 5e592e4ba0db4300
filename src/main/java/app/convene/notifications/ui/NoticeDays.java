package app.convene.notifications.ui;

import app.convene.notifications.NoticeItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Notices grouped by the day they arrived (newest first), read from the database a page at a time: "show older"
 * reads the next page, continuing the last day's list or starting the next day's section, and moves the focus
 * to the first notice it added. Each day is a section with its heading and a plain list.
 */
class NoticeDays extends Div {

    private final Function<Pageable, Slice<NoticeItem>> fetch;
    private final Function<NoticeItem, Component> card;
    private final Function<LocalDate, String> dayName;
    private final ZoneId zone;
    final Button more;
    final List<H2> days = new ArrayList<>();
    private LocalDate lastDay;
    private UnorderedList lastList;
    private Pageable next;
    private int count;

    NoticeDays(Function<Pageable, Slice<NoticeItem>> fetch, Function<NoticeItem, Component> card,
               Function<LocalDate, String> dayName, ZoneId zone, int pageSize, String moreLabel) {
        this.fetch = fetch;
        this.card = card;
        this.dayName = dayName;
        this.zone = zone;
        addClassName("cv-notice-days");
        more = new Button(moreLabel, click -> loadNext(true));
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClassName("cv-more");
        add(more);
        next = PageRequest.of(0, pageSize);
        loadNext(false);
    }

    private void loadNext(boolean moveFocus) {
        Slice<NoticeItem> slice = fetch.apply(next);
        ListItem first = null;
        for (NoticeItem notice : slice) {
            LocalDate day = LocalDate.ofInstant(notice.at(), zone);
            if (!day.equals(lastDay)) {
                H2 heading = new H2(dayName.apply(day));
                days.add(heading);
                lastList = new UnorderedList();
                lastList.addClassName("cv-cards");
                addComponentAtIndex(getComponentCount() - 1, new Section(heading, lastList));
                lastDay = day;
            }
            ListItem item = new ListItem(card.apply(notice));
            lastList.add(item);
            count++;
            if (first == null) {
                first = item;
            }
        }
        if (moveFocus && first != null) {
            first.getElement().setAttribute("tabindex", "-1");
            first.getElement().callJsFunction("focus");
        }
        next = slice.hasNext() ? slice.nextPageable() : null;
        more.setVisible(next != null);
    }

    int itemCount() {
        return count;
    }
}
