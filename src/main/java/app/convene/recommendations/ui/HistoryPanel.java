package app.convene.recommendations.ui;

import app.convene.recommendations.DiffSegment;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.RevisionItem;
import app.convene.shared.ui.PersonNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;

/** The revisions of a recommendation, newest first, with a word-level comparison of any two. */
class HistoryPanel extends Div {

    private static final int SHOWN = 100;

    private final RecommendationService recommendations;
    private final Moments moments;
    final Select<Integer> older = new Select<>();
    final Select<Integer> newer = new Select<>();
    final Button compare = new Button();
    final Div comparison = new Div();
    private long id;

    HistoryPanel(RecommendationService recommendations, Moments moments) {
        this.recommendations = recommendations;
        this.moments = moments;
        compare.addClickListener(click -> compare());
        comparison.addClassName("cv-diff");
    }

    /** The history as saved now. */
    void show(long recommendationId) {
        id = recommendationId;
        removeAll();
        Section section = new Section(new H2(getTranslation("recommendation.history")));
        List<RevisionItem> revisions = recommendations.history(id, PageRequest.of(0, SHOWN)).getContent();
        UnorderedList list = new UnorderedList();
        for (RevisionItem r : revisions) {
            list.add(new ListItem(entry(this, moments, getLocale(), r)));
        }
        section.add(list);
        if (revisions.size() > 1) {
            List<Integer> numbers = revisions.stream().map(RevisionItem::number).toList();
            older.setLabel(getTranslation("recommendation.compare.older"));
            newer.setLabel(getTranslation("recommendation.compare.newer"));
            older.setItems(numbers);
            newer.setItems(numbers);
            older.setValue(numbers.get(1));
            newer.setValue(numbers.get(0));
            compare.setText(getTranslation("recommendation.compare"));
            comparison.removeAll();
            Div controls = new Div(older, newer, compare);
            controls.addClassName("cv-inline-form");
            section.add(controls, comparison);
        }
        add(section);
    }

    private void compare() {
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        comparison.removeAll();
        comparison.add(new Paragraph(getTranslation("recommendation.compare.legend")),
                diff(recommendations.compare(id, older.getValue(), newer.getValue())));
    }

    /** "Revision 3 by Ana, 4 Mar 2026, 09:00: summary" in the page's language. */
    static String entry(Component on, Moments moments, Locale locale, RevisionItem r) {
        return on.getTranslation("recommendation.history.entry", r.number(), PersonNames.shown(on, r.authorName()),
                moments.format(r.createdAt(), locale), r.summary());
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
