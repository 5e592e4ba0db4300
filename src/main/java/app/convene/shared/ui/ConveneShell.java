package app.convene.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo and Convene's style sheet, the viewport, and server push. In a package that
 * Vaadin scans at start (see {@code ConveneApplication}'s {@code @EnableVaadin}; decision 0058).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/convene.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Server push (websocket, falling back to long polling): new notices and draft presence reach open pages (decision 0036).
@Push
public class ConveneShell implements AppShellConfigurator {
}
