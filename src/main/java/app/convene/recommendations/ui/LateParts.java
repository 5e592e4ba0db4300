package app.convene.recommendations.ui;

import app.convene.recommendations.SaveResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The draft editor's parts that stay hidden until something happens: "someone saved meanwhile", the notice of
 * restored unsaved text and the conflict panel. Each is made, and joins the editor under the presence line in that
 * order, only when first shown ({@link ShownLate}): an open editor keeps neither their state nodes nor their buttons
 * and listeners before (issue 19, decision 0050). Asking for one (tests do) makes it hidden and off the page.
 */
final class LateParts {

    private final DraftEditor editor;
    private final Supplier<ConflictPanel> newConflictPanel;
    private final Runnable discardRestoredText;
    private ConflictPanel conflict;
    private Paragraph stale;
    private Div restored;
    private Button discardRestored;

    LateParts(DraftEditor editor, Supplier<ConflictPanel> newConflictPanel, Runnable discardRestoredText) {
        this.editor = editor;
        this.newConflictPanel = newConflictPanel;
        this.discardRestoredText = discardRestoredText;
    }

    ConflictPanel conflict() {
        if (conflict == null) {
            conflict = newConflictPanel.get();
            conflict.translate();
        }
        return conflict;
    }

    Paragraph stale() {
        if (stale == null) {
            stale = new TextOnly.Line();
            stale.addClassName("cv-stale");
            stale.setVisible(false);
        }
        return stale;
    }

    Div restored() {
        if (restored == null) {
            discardRestored = new Button(editor.getTranslation("recommendation.restored.discard"), click -> {
                discardRestoredText.run();
                restored.setVisible(false);
            });
            restored = new Div();
            restored.addClassName("cv-restored");
            restored.getElement().setAttribute("role", "status");
            restored.setVisible(false);
        }
        return restored;
    }

    Button discardRestored() {
        restored();
        return discardRestored;
    }

    /** Whether a refused save is being resolved. */
    boolean conflictOpen() {
        return conflict != null && conflict.isOpen();
    }

    void showConflict(SaveResult.Conflict refused) {
        place(conflict().show(refused));
    }

    void closeConflict() {
        if (conflict != null) {
            conflict.close();
        }
    }

    void showStale(String text) {
        place(stale());
        stale.setText(text);
    }

    void hideStale() {
        if (stale != null) {
            stale.setVisible(false);
        }
    }

    void showRestored(String text) {
        Div notice = restored();
        notice.removeAll();
        notice.add(new Paragraph(text), discardRestored);
        place(notice);
    }

    void hideRestored() {
        if (restored != null) {
            restored.setVisible(false);
        }
    }

    /** Shows a part in its place under the presence line (parts not made yet are not on the page either). */
    private void place(Component part) {
        ShownLate.place(editor, editor.presenceLine, Arrays.asList(stale, restored, conflict), part);
    }
}
