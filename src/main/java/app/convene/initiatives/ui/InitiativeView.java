package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeContentService;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeLifecycle;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.InitiativeStatus;
import app.convene.initiatives.InitiativeStatusBanner;
import app.convene.initiatives.LocalText;
import app.convene.initiatives.PublicContent;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.database.PageReads;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.RelatedResources;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An initiative's public page: who, where, why and the goals, then the links and sections the modules
 * built on initiatives contribute ({@link InitiativeLink}, {@link InitiativeSection}): workgroups, the
 * plan's phases, published recommendations, partners.
 */
@Route(value = "initiatives/:slug", layout = MainLayout.class)
@AnonymousAllowed
class InitiativeView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final InitiativeService initiatives;
    private final InitiativeContentService content;
    private final List<InitiativeSection> sections;
    private final List<InitiativeLink> links;
    private final List<RelatedResources> related;
    private final InitiativeLifecycle lifecycle;
    private final Authorization authorization;
    private final PageReads pages;
    private String title = "";
    private Long initiativeId;

    InitiativeView(InitiativeService initiatives, InitiativeContentService content, List<InitiativeSection> sections,
                   List<InitiativeLink> links, InitiativeLifecycle lifecycle, Authorization authorization,
                   List<RelatedResources> related, PageReads pages) {
        this.related = related;
        this.pages = pages;
        this.initiatives = initiatives;
        this.content = content;
        this.lifecycle = lifecycle;
        this.authorization = authorization;
        this.sections = sections.stream().sorted(Comparator.comparingInt(InitiativeSection::order)).toList();
        this.links = links.stream().sorted(Comparator.comparingInt(InitiativeLink::order)).toList();
        addClassName("cv-page");
        addClassName("cv-initiative");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        pages.together(() -> {
            Optional<InitiativeDetails> found = initiatives.findPublicBySlug(slug);
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class, getTranslation("notFound.initiative", slug));
                return;
            }
            show(found.get());
        });
    }

    private void show(InitiativeDetails initiative) {
        render(initiative, content.publicContent(initiative.slug(), getLocale().getLanguage()).orElseThrow());
    }

    private void render(InitiativeDetails initiative, PublicContent texts) {
        removeAll();
        title = texts.name().text();
        initiativeId = initiative.id();
        InitiativeContext context = new InitiativeContext(initiative.id(), initiative.slug(), initiative.name());
        Anchor back = new Anchor("", getTranslation("initiative.back"));
        Nav breadcrumb = new Nav(back);
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));

        H1 name = marked(new H1(texts.name().text()), texts.name());
        Span region = new Span(initiative.region());
        region.addClassName("cv-region");
        add(breadcrumb);
        InitiativeStatusBanner.of(initiative.status(), publishButton(initiative)).ifPresent(this::add);
        add(name, region);
        links(context, InitiativeLink.Group.ACTIONS).forEach(link -> add(new Div(link)));
        Nav members = nav(context, InitiativeLink.Group.MEMBERS, "initiative.directory");
        if (members != null) {
            add(members);
        }
        Nav tools = nav(context, InitiativeLink.Group.COORDINATORS, "initiative.manage");
        if (tools != null) {
            add(tools);
        }
        if (texts.summary() != null) {
            Paragraph summary = marked(new Paragraph(texts.summary().text()), texts.summary());
            summary.addClassName("cv-lead");
            add(summary);
        }
        Div statements = new Div();
        statements.addClassName("cv-statements");
        statement(statements, "initiative.vision", texts.vision());
        statement(statements, "initiative.mission", texts.mission());
        add(statements, goals(texts));
        for (InitiativeSection section : sections) {
            section.create(context).ifPresent(this::add);
        }
    }

    /** Publish, on a draft's banner, for its coordinators and administrators. */
    private Component[] publishButton(InitiativeDetails initiative) {
        if (initiative.status() != InitiativeStatus.DRAFT
                || !authorization.can(Action.PUBLISH_INITIATIVE, initiative.id())) {
            return new Component[0];
        }
        Button publish = new Button(getTranslation("initiative.publish"), click -> {
            lifecycle.publish(initiative.id());
            Notices.success(getTranslation("initiative.nowPublic", initiative.name()));
            pages.together(() -> initiatives.findPublicBySlug(initiative.slug()).ifPresent(this::show));
        });
        publish.setId("initiative-banner-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Component[] {publish};
    }

    private List<Component> links(InitiativeContext context, InitiativeLink.Group group) {
        return links.stream().filter(link -> link.group() == group)
                .flatMap(link -> link.create(context).stream()).toList();
    }

    private Nav nav(InitiativeContext context, InitiativeLink.Group group, String labelKey) {
        List<Component> found = links(context, group);
        if (found.isEmpty()) {
            return null;
        }
        Nav nav = new Nav(found.toArray(Component[]::new));
        nav.addClassName("cv-manage");
        nav.setAriaLabel(getTranslation(labelKey));
        return nav;
    }

    /** Vision and mission are Markdown, shown through the safe renderer. */
    private void statement(Div container, String key, LocalText text) {
        if (text == null) {
            return;
        }
        Section section = new Section(new H2(getTranslation(key)), marked(new MarkdownView(text.text()), text));
        section.addClassName("cv-statement");
        container.add(section);
    }

    private Component goals(PublicContent initiative) {
        Section section = PageSection.create("goals", getTranslation("initiative.goals", initiative.goals().size()));
        if (initiative.goals().isEmpty()) {
            section.add(new Paragraph(getTranslation("initiative.goals.none")));
            return section;
        }
        // Read-only: the goals are written as markup, one state node for the list (decision 55).
        Markup html = new Markup();
        for (PublicContent.Goal goal : initiative.goals()) {
            html.open("li", "class", "cv-goal").element("h3", goal.title().text(), "lang", lang(goal.title()));
            if (goal.description() != null) {
                html.element("p", goal.description().text(), "lang", lang(goal.description()));
            }
            if (!goal.strategies().isEmpty()) {
                html.open("ul", "class", "cv-strategies",
                        "aria-label", getTranslation("initiative.strategiesOf", goal.title().text()));
                goal.strategies().forEach(s -> html.element("li", s.text(), "lang", lang(s)));
                html.close("ul");
            }
            RelatedResources.markupOf(related, RelatedResources.GOAL, goal.id(), 4).ifPresent(html::append);
            html.close("li");
        }
        Markup.StaticHtml list = html.in("ol");
        list.addClassName("cv-goals");
        section.add(list);
        return section;
    }

    /** The {@code lang} of a text in another language than the page's, or null. */
    private String lang(LocalText text) {
        return text.lang().equals(getLocale().getLanguage()) ? null : text.lang();
    }

    /** A text in another language than the page's (a translation missing) says so, for screen readers' voice. */
    private <T extends Component> T marked(T component, LocalText text) {
        String lang = lang(text);
        if (lang != null) {
            component.getElement().setAttribute("lang", lang);
        }
        return component;
    }

    @Override
    public Long initiativeId() {
        return initiativeId;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
