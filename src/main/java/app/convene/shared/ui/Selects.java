package app.convene.shared.ui;

import com.vaadin.flow.component.select.Select;

/** Selects whose required state reaches assistive technology in valid ARIA. */
public final class Selects {

    private Selects() {
    }

    /**
     * Shows the select as required (the indicator, and {@code aria-required} for screen readers) without breaking
     * ARIA. Vaadin's select puts {@code aria-required} on its value button, whose role ({@code button}) does not
     * allow it (axe: aria-allowed-attr; vaadin/web-components#7337). The value button opens a list box and shows
     * the chosen value, which is what the {@code combobox} role describes (the WAI-ARIA "select-only combobox"),
     * and a combobox may be required; it also names the list box it controls. The server still checks the value.
     */
    public static void required(Select<?> select) {
        select.setRequiredIndicatorVisible(true);
        select.getElement().executeJs("""
                customElements.whenDefined('vaadin-select').then(() => this.updateComplete).then(() => {
                  const button = this.querySelector('vaadin-select-value-button');
                  if (!button) { return; }
                  button.setAttribute('role', 'combobox');
                  const list = this.querySelector('vaadin-select-list-box');
                  if (list) {
                    list.id = list.id || 'cv-listbox-' + Math.random().toString(36).slice(2);
                    button.setAttribute('aria-controls', list.id);
                  }
                });""");
    }
}
