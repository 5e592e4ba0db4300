package app.convene.recommendations.ui;

import app.convene.recommendations.DiffSegment;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.RevisionEntry;
import app.convene.shared.ui.PersonNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The revisions of a recommendation, newest first, with a word-level comparison of any two. Built when the person
 * opens the history (issue 19, decision 0050); the list loads its lines a slice at a time as it scrolls.
 */
class HistoryPanel extends Div {

    /** Lines shown before the list scrolls. */
    private static final int VISIBLE_LINES = 8;

    private final RecommendationService recommendations;
    private final Moments moments;
    final VirtualList<RevisionEntry> revisions = new VirtualList<>();
    final Select<Integer> older = new Select<>();
    final Select<Integer> newer = new Select<>();
    final Button compare = new Button();
    final Div comparison = new Div();
    private final Div controls = new Div(older, newer, compare);
    private long id;

    HistoryPanel(RecommendationService recommendations, Moments moments) {
        this.recommendations = recommendations;
        this.moments = moments;
        compare.addClickListener(click -> compare());
        comparison.addClassName("cv-diff");
        revisions.addClassName("cv-history-list");
        revisions.setRenderer(r -> entry(this, moments, getLocale(), r.number(), r.authorName(), r.createdAt(),
                r.summary()));
        revisions.getElement().setAttribute("aria-label", getTranslation("recommendation.history"));
        revisions.setTabIndex(0); // a list that scrolls is reached and scrolled by keyboard
        older.setLabel(getTranslation("recommendation.compare.older"));
        newer.setLabel(getTranslation("recommendation.compare.newer"));
        compare.setText(getTranslation("recommendation.compare"));
        controls.addClassName("cv-inline-form");
        add(revisions, controls, comparison);
    }

    /** The history as saved now: {@code count} revisions (the recommendation's own count: no query for it). */
    void show(long recommendationId, int count) {
        id = recommendationId;
        revisions.setDataProvider(DataProvider.fromCallbacks(
                query -> recommendations.historyEntries(id, query.getOffset(), query.getLimit()).stream(),
                query -> count));
        revisions.setHeight(Math.max(1, Math.min(count, VISIBLE_LINES)) * 2.5 + "em");
        controls.setVisible(count > 1);
        comparison.removeAll();
        if (count > 1) {
            List<Integer> numbers = IntStream.iterate(count, n -> n >= 1, n -> n - 1).boxed().toList();
            older.setItems(numbers);
            newer.setItems(numbers);
            older.setValue(count - 1);
            newer.setValue(count);
        }
    }

    private void compare() {
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        comparison.removeAll();
        comparison.add(new Paragraph(getTranslation("recommendation.compare.legend")),
                diff(recommendations.compare(id, older.getValue(), newer.getValue())));
    }

    /** "Revision 3 · Ana · 4 Mar 2026, 09:00 · summary" in the page's language. */
    static String entry(Component on, Moments moments, Locale locale, int number, String author, Instant at,
                        String summary) {
        return on.getTranslation("recommendation.history.entry", number, PersonNames.shown(on, author),
                moments.format(at, locale), summary);
    }

    /** Inserted words as {@code <ins>}, deleted as {@code <del>}: underlined and struck through, not only coloured. */
    static Div diff(List<DiffSegment> segments) {
        Div out = new Div();
        out.addClassName("cv-diff-text");
        for (DiffSegment s : segments) {
            Element element = switch (s.kind()) {
                case SAME -> new Element("span");
                case INSERTED -> new Element("ins");
                case DELETED -> new Element("del");
            };
            element.setText(s.text());
            out.getElement().appendChild(element);
        }
        return out;
    }
}
