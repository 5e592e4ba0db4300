package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * A list that reads one page at a time from the database and offers "show more" for the next.
 * Plain list markup, so screen readers announce the number of items; focus moves to the first new
 * item after loading more.
 *
 * @param <T> the item type
 */
public class PagedList<T> extends Div {

    private final UnorderedList list = new UnorderedList();
    private final Button more;
    private final Function<Pageable, Slice<T>> fetch;
    private final Function<T, Component> renderer;
    private final int pageSize;
    private Pageable next;

    public PagedList(Function<Pageable, Slice<T>> fetch, Function<T, Component> renderer, int pageSize,
                     String moreLabel) {
        this.fetch = fetch;
        this.renderer = renderer;
        this.pageSize = pageSize;
        addClassName("cv-paged-list");
        list.addClassName("cv-cards");
        more = new Button(moreLabel, click -> loadNext(true));
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClassName("cv-more");
        add(list, more);
        next = PageRequest.of(0, pageSize);
        loadNext(false);
    }

    private void loadNext(boolean moveFocus) {
        Slice<T> slice = fetch.apply(next);
        ListItem first = null;
        for (T item : slice) {
            ListItem li = new ListItem(renderer.apply(item));
            if (first == null) {
                first = li;
            }
            list.add(li);
        }
        if (moveFocus && first != null) {
            first.getElement().setAttribute("tabindex", "-1");
            first.getElement().callJsFunction("focus");
        }
        next = slice.hasNext() ? slice.nextPageable() : null;
        more.setVisible(next != null);
    }

    public int itemCount() {
        return (int) list.getChildren().count();
    }

    public int pageSize() {
        return pageSize;
    }
}
