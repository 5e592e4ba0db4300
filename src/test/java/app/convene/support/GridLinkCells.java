package app.convene.support;

import app.convene.shared.ui.GridLinks;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/** The link a {@link GridLinks} column draws in a row: the two values the browser is sent for it (decision 0083). */
public final class GridLinkCells {

    public record Link(String href, String text) {
    }

    private GridLinkCells() {
    }

    /** The link of {@code item} in the grid's {@code column} (0-based), which must be a {@link GridLinks} column. */
    public static <T> Link link(Grid<T> grid, int column, T item) {
        Renderer<T> renderer = grid.getColumns().get(column).getRenderer();
        if (!(renderer instanceof LitRenderer<T> lit)) {
            throw new AssertionError("column " + column + " is drawn by " + renderer.getClass().getName()
                    + ", not by the browser from GridLinks' values");
        }
        var values = lit.getValueProviders();
        return new Link((String) values.get(GridLinks.HREF).apply(item), (String) values.get(GridLinks.TEXT).apply(item));
    }
}
