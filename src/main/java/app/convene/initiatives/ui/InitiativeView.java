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
import app.convene.shared.markdown.SafeMarkdown;
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
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
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
        Markup.StaticHtml breadcrumb = new Markup().link("", getTranslation("initiative.back")).in("nav");
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", getTranslation("initiative.breadcrumb"));

        // Texts only: each one state node (decision 79)
        Markup.StaticHtml name = marked(Markup.textIn("h1", texts.name().text()), texts.name());
        Markup.StaticHtml region = Markup.textIn("span", initiative.region());
        region.addClassName("cv-region");
        add(breadcrumb);
        InitiativeStatusBanner.of(initiative.status(), publishButton(initiative)).ifPresent(this::add);
        add(name, region);
        links(context, InitiativeLink.Group.ACTIONS, "div", null).ifPresent(this::add);
        links(context, InitiativeLink.Group.MEMBERS, "nav", "initiative.directory").ifPresent(this::add);
        links(context, InitiativeLink.Group.COORDINATORS, "nav", "initiative.manage").ifPresent(this::add);
        if (texts.summary() != null) {
            Markup.StaticHtml summary = marked(Markup.textIn("p", texts.summary().text()), texts.summary());
            summary.addClassName("cv-lead");
            add(summary);
        }
        Markup statements = new Markup();
        statement(statements, "initiative.vision", texts.vision());
        statement(statements, "initiative.mission", texts.mission());
        Markup.StaticHtml statementsBlock = statements.in("div");
        statementsBlock.addClassName("cv-statements");
        add(statementsBlock, goals(texts));
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

    /**
     * A group's links, written as markup in one element (decision 79): a call to action in a {@code div}, the
     * members' and coordinators' links in a named {@code nav}; empty when the reader may use none of them.
     */
    private Optional<Component> links(InitiativeContext context, InitiativeLink.Group group, String tag,
                                      String labelKey) {
        Markup html = new Markup();
        String linkClass = group == InitiativeLink.Group.ACTIONS ? "cv-join-link" : "cv-manage-link";
        for (InitiativeLink link : links) {
            if (link.group() == group) {
                link.target(context).ifPresent(
                        target -> html.link(target.href(), getTranslation(target.textKey()), "class", linkClass));
            }
        }
        if (html.isEmpty()) {
            return Optional.empty();
        }
        Markup.StaticHtml element = html.in(tag);
        if (labelKey != null) {
            element.addClassName("cv-manage");
            element.getElement().setAttribute("aria-label", getTranslation(labelKey));
        }
        return Optional.of(element);
    }

    /** Vision and mission are Markdown, shown through the safe renderer; read-only, written as markup (decision 79). */
    private void statement(Markup html, String key, LocalText text) {
        if (text == null) {
            return;
        }
        html.open("section", "class", "cv-statement").element("h2", getTranslation(key))
                .open("div", "class", "cv-markdown", "lang", lang(text)).trusted(SafeMarkdown.toHtml(text.text()))
                .close("div").close("section");
    }

    /** The goals, heading and list, as one element of markup (decisions 55 and 79). */
    private Component goals(PublicContent initiative) {
        Markup html = new Markup();
        if (initiative.goals().isEmpty()) {
            html.element("p", getTranslation("initiative.goals.none"));
        } else {
            html.open("ol", "class", "cv-goals");
            for (PublicContent.Goal goal : initiative.goals()) {
                goal(html, goal);
            }
            html.close("ol");
        }
        return PageSection.markup("goals", getTranslation("initiative.goals", initiative.goals().size()), html);
    }

    private void goal(Markup html, PublicContent.Goal goal) {
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
