package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.InitiativeSummary;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PagedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The front door: every initiative hosted here, a page at a time. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 12;

    final PagedList<InitiativeSummary> list;

    HomeView(InitiativeService initiatives) {
        addClassName("cv-page");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("cv-lead");
        list = new PagedList<>(initiatives::listPublic, this::card, PAGE_SIZE, getTranslation("home.more"));
        if (list.itemCount() == 0) {
            add(title, intro, new Paragraph(getTranslation("home.empty")));
        } else {
            add(title, intro, list);
        }
    }

    private Component card(InitiativeSummary initiative) {
        Anchor name = new Anchor(InitiativeAddresses.of(initiative.slug()), initiative.name());
        H2 heading = new H2(name);
        Span region = new Span(initiative.region());
        region.addClassName("cv-region");
        Paragraph summary = new Paragraph(initiative.summary() == null ? "" : initiative.summary());
        Span facts = new Span(getTranslation("home.facts", initiative.goalCount(), initiative.phaseCount()));
        facts.addClassName("cv-facts");
        Article card = new Article(heading, region, summary, facts);
        card.addClassName("cv-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
