package app.convene.workgroups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A tab sheet whose tabs' contents are built, and read their data, when each tab is first selected (issue 19,
 * decision 0076). Each tab holds an empty box until then; the selected tab's content is built at once.
 */
final class LazyTabs {

    private final TabSheet sheet;
    private final Map<Tab, Supplier<? extends Component>> pending = new HashMap<>();
    private final Map<Tab, Div> boxes = new HashMap<>();

    LazyTabs(TabSheet sheet) {
        this.sheet = sheet;
        sheet.addSelectedChangeListener(change -> build(change.getSelectedTab()));
    }

    /** Adds a tab whose content {@code content} makes when the tab is first selected. */
    void add(String label, Supplier<? extends Component> content) {
        Div box = new Div();
        Tab tab = sheet.add(label, box);
        boxes.put(tab, box);
        pending.put(tab, content);
        if (sheet.getSelectedTab() == tab) {
            build(tab);
        }
    }

    /** Selects the tab with this label, if there is one (building its content); else the selected one stays. */
    void select(String label) {
        if (label == null) {
            return;
        }
        for (Tab tab : boxes.keySet()) {
            if (label.equals(tab.getLabel())) {
                sheet.setSelectedTab(tab);
                build(tab);
                return;
            }
        }
    }

    /** Builds the tab's content if it is not built yet (if building fails, the next choice of the tab tries again). */
    private void build(Tab tab) {
        Supplier<? extends Component> content = tab == null ? null : pending.get(tab);
        if (content != null) {
            boxes.get(tab).add(content.get());
            pending.remove(tab);
        }
    }
}
