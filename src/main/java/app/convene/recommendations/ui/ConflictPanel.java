package app.convene.recommendations.ui;

import app.convene.recommendations.RevisionItem;
import app.convene.recommendations.SaveResult;
import app.convene.recommendations.WordDiff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Shown when a save was refused because someone saved first: what they saved, both texts side by
 * side, the word-level differences, and the three ways on (keep mine, merge by hand, discard mine).
 */
class ConflictPanel extends Div {

    final Button keepMine = new Button();
    final Button mergeByHand = new Button();
    final Button discardMine = new Button();
    private final Moments moments;
    private SaveResult.Conflict conflict;

    /**
     * @param moments   how saves are dated
     * @param keepMine  saves the writer's text on top of the given (latest) revision
     * @param merge     the writer edits on top of the given (latest) revision
     * @param discard   the writer's text is thrown away for the given latest revision
     */
    ConflictPanel(Moments moments, IntConsumer keepMine, IntConsumer merge, Consumer<RevisionItem> discard) {
        this.moments = moments;
        setId("recommendation-conflict");
        this.keepMine.setId("recommendation-keep-mine");
        addClassName("cv-conflict");
        getElement().setAttribute("role", "alert");
        this.keepMine.addClickListener(click -> keepMine.accept(conflict.latest().number()));
        mergeByHand.addClickListener(click -> {
            merge.accept(conflict.latest().number());
            this.keepMine.setVisible(false);
            mergeByHand.setVisible(false);
            discardMine.setVisible(false);
        });
        discardMine.addClickListener(click -> {
            RevisionItem latest = conflict.latest();
            discard.accept(latest);
            close();
        });
        setVisible(false);
    }

    /** Button texts in the page's language. */
    void translate() {
        keepMine.setText(getTranslation("recommendation.conflict.keepMine"));
        mergeByHand.setText(getTranslation("recommendation.conflict.merge"));
        discardMine.setText(getTranslation("recommendation.conflict.discard"));
    }

    /** Whether a refused save is being resolved. */
    boolean isOpen() {
        return conflict != null;
    }

    ConflictPanel show(SaveResult.Conflict refused) {
        conflict = refused;
        removeAll();
        UnorderedList since = new UnorderedList();
        for (RevisionItem r : refused.since()) {
            since.add(new ListItem(HistoryPanel.entry(this, moments, getLocale(), r.number(), r.authorName(),
                    r.createdAt(), r.summary())));
        }
        Pre theirs = new Pre(refused.latest().body());
        Div sideBySide = new Div(new Div(new H3(getTranslation("recommendation.conflict.theirs",
                refused.latest().authorName())), theirs),
                new Div(new H3(getTranslation("recommendation.conflict.yours")), new Pre(refused.yourBody())));
        sideBySide.addClassName("cv-columns");
        Div changes = HistoryPanel.diff(WordDiff.diff(refused.latest().body(), refused.yourBody()));
        add(new H3(getTranslation("recommendation.conflict.title")),
                new Paragraph(getTranslation("recommendation.conflict.explain", refused.baseRevision())), since,
                sideBySide, new H3(getTranslation("recommendation.conflict.diff")), changes,
                new Div(keepMine, mergeByHand, discardMine));
        keepMine.setVisible(true);
        mergeByHand.setVisible(true);
        discardMine.setVisible(true);
        setVisible(true);
        return this;
    }

    void close() {
        conflict = null;
        removeAll();
        setVisible(false);
    }
}
