package app.convene.shared.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/** Tab sheets that keyboard users can move through without a stop that has no name. */
public final class TabSheets {

    private TabSheets() {
    }

    /**
     * A tab sheet whose panel grows with its content. Vaadin's sheet wraps the panel in a scroller that is
     * always a tab stop (tabindex 0), even when there is nothing to scroll: an unnamed stop between the tabs
     * and the first control of the panel. With a panel that never scrolls, the scroller loses its tabindex (not
     * tabindex -1: a shadow host with a negative tabindex takes its whole content out of the order).
     * <p>
     * The tab list's own scroller ({@code part="tabs"} inside {@code vaadin-tabs}) carries tabindex -1, which makes
     * it a focusable child of the {@code tablist} that is not a tab (axe: aria-required-children). The tabs wrap
     * instead of scrolling (convene.css), so that scroller never needs focus and loses its tabindex too.
     */
    public static TabSheet growing() {
        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.getElement().executeJs("""
                customElements.whenDefined('vaadin-tabsheet').then(() => this.updateComplete).then(() => {
                  const scroller = this.shadowRoot && this.shadowRoot.querySelector('[part="content"]');
                  if (scroller) { scroller.removeAttribute('tabindex'); }
                  const tabs = this.querySelector('vaadin-tabs');
                  return tabs && customElements.whenDefined('vaadin-tabs').then(() => tabs.updateComplete).then(() => {
                    const list = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                    if (list) { list.removeAttribute('tabindex'); }
                  });
                });""");
        return sheet;
    }
}
