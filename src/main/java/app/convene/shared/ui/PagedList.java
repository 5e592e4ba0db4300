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
 * as {@link Markup} into one element (decision 55: an open UI keeps one state node for the list, not ~10 an item);
 * when all of those fit on the first page, into this element itself (decision 79: one node for the whole list).
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
        this.moreLabel = moreLabel;
        next = PageRequest.of(0, pageSize);
        Slice<T> first = fetch.apply(next);
        if (writer != null && !first.hasNext()) {
            // All there is fits on one page: the list is this element's markup, no element of its own (decision 79).
            list = null;
            markupList = null;
            Markup items = new Markup().open("ul", "class", "cv-cards");
            write(first, items, false);
            getElement().setProperty("innerHTML", items.close("ul").toString());
            next = null;
            return;
        }
        list = writer == null ? new UnorderedList() : null;
        markupList = writer == null ? null : new Markup().in("ul");
        Component items = list != null ? list : markupList;
        items.getElement().getClassList().add("cv-cards");
        add(items);
        show(first, false);
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
        show(fetch.apply(next), moveFocus);
    }

    private void show(Slice<T> slice, boolean moveFocus) {
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
            write(slice, items, moveFocus);
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

    /** The slice's items as list items; with {@code moveFocus}, the first one can take the focus. */
    private void write(Slice<T> slice, Markup items, boolean moveFocus) {
        int first = count;
        for (T item : slice) {
            items.open("li", "tabindex", moveFocus && count == first ? "-1" : null);
            writer.accept(item, items);
            items.close("li");
            count++;
        }
    }

    public int itemCount() {
        return count;
    }

    public int pageSize() {
        return pageSize;
    }
}
