package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * A list that reads one page at a time from the database and offers "show more" for the next.
 * Plain list markup, so screen readers announce the number of items; focus moves to the first new
 * item after loading more. Items are components, or, for read-only items ({@link #ofMarkup}), list items written
 * as {@link Markup} into one element (decision 55: an open UI keeps one state node for the list, not ~10 an item).
 *
 * @param <T> the item type
 */
public class PagedList<T> extends Div {

    private final UnorderedList list;
    private final Markup.StaticHtml markupList;
    private final String moreLabel;
    private Button more;
    private final Function<Pageable, Slice<T>> fetch;
    private final Function<T, Component> renderer;
    private final BiConsumer<T, Markup> writer;
    private final int pageSize;
    private Pageable next;
    private int count;

    public PagedList(Function<Pageable, Slice<T>> fetch, Function<T, Component> renderer, int pageSize,
                     String moreLabel) {
        this(fetch, renderer, null, pageSize, moreLabel);
    }

    private PagedList(Function<Pageable, Slice<T>> fetch, Function<T, Component> renderer, BiConsumer<T, Markup> writer,
                      int pageSize, String moreLabel) {
        this.fetch = fetch;
        this.renderer = renderer;
        this.writer = writer;
        this.pageSize = pageSize;
        addClassName("cv-paged-list");
        list = writer == null ? new UnorderedList() : null;
        markupList = writer == null ? null : new Markup().in("ul");
        Component items = list != null ? list : markupList;
        items.getElement().getClassList().add("cv-cards");
        this.moreLabel = moreLabel;
        add(items);
        next = PageRequest.of(0, pageSize);
        loadNext(false);
    }

    /**
     * A list of read-only items: {@code writer} writes an item's content (inside its {@code <li>}) as markup; links
     * in it are plain links to the application's pages.
     */
    public static <T> PagedList<T> ofMarkup(Function<Pageable, Slice<T>> fetch, BiConsumer<T, Markup> writer,
                                            int pageSize, String moreLabel) {
        return new PagedList<>(fetch, null, writer, pageSize, moreLabel);
    }

    private void loadNext(boolean moveFocus) {
        Slice<T> slice = fetch.apply(next);
        int first = count;
        if (list != null) {
            ListItem firstItem = null;
            for (T item : slice) {
                ListItem li = new ListItem(renderer.apply(item));
                firstItem = firstItem == null ? li : firstItem;
                list.add(li);
                count++;
            }
            if (moveFocus && firstItem != null) {
                firstItem.getElement().setAttribute("tabindex", "-1");
                firstItem.getElement().callJsFunction("focus");
            }
        } else {
            Markup items = new Markup();
            for (T item : slice) {
                items.open("li", "tabindex", moveFocus && count == first ? "-1" : null);
                writer.accept(item, items);
                items.close("li");
                count++;
            }
            markupList.getElement().setProperty("innerHTML", markupList.html() + items);
            if (moveFocus && count > first) {
                markupList.getElement().executeJs("this.children[$0].focus()", first);
            }
        }
        next = slice.hasNext() ? slice.nextPageable() : null;
        if (more == null && next != null) {
            // Made only when there is more to show: most lists fit on one page (decision 55).
            more = new Button(moreLabel, click -> loadNext(true));
            more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            more.addClassName("cv-more");
            add(more);
        } else if (more != null) {
            more.setVisible(next != null);
        }
    }

    public int itemCount() {
        return count;
    }

    /** The markup of the items so far (a list of {@link #ofMarkup}), for tests and checks. */
    public String itemsHtml() {
        return markupList == null ? "" : markupList.html();
    }

    public int pageSize() {
        return pageSize;
    }
}
