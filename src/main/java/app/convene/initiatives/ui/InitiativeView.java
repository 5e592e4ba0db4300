package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeDetails.PhaseInfo;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PagedList;
import app.convene.shared.ui.TimeText;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.PartnerView;
import app.convene.timeline.MilestoneService;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** An initiative's public page: who, where, why, the goals, the plan and the partners. */
@Route(value = "initiatives/:slug", layout = MainLayout.class)
@AnonymousAllowed
class InitiativeView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    static final int PARTNER_PAGE_SIZE = 12;

    private final InitiativeService initiatives;
    private final OrganizationService organizations;
    private final Authorization authorization;
    private final WorkgroupService workgroups;
    private final MilestoneService milestones;
    private final app.convene.recommendations.DecisionService decisions;
    private final Clock clock;
    private String title = "";
    private Long initiativeId;

    InitiativeView(InitiativeService initiatives, OrganizationService organizations, Authorization authorization,
                   WorkgroupService workgroups, MilestoneService milestones,
                   app.convene.recommendations.DecisionService decisions, Clock clock) {
        this.decisions = decisions;
        this.workgroups = workgroups;
        this.milestones = milestones;
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.authorization = authorization;
        this.clock = clock;
        addClassName("cv-page");
        addClassName("cv-initiative");
    }

    static String path(String slug) {
        return "initiatives/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<InitiativeDetails> found = initiatives.findPublicBySlug(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("notFound.initiative", slug));
            return;
        }
        render(found.get());
    }

    private void render(InitiativeDetails initiative) {
        removeAll();
        title = initiative.name();
        initiativeId = initiative.id();
        Anchor back = new Anchor("", getTranslation("initiative.back"));
        Nav breadcrumb = new Nav(back);
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));

        H1 name = new H1(initiative.name());
        Span region = new Span(initiative.region());
        region.addClassName("cv-region");
        add(breadcrumb, name, region);
        Anchor join = new Anchor(path(initiative.slug()) + "/join", getTranslation("initiative.join"));
        join.addClassName("cv-join-link");
        Div joinBox = new Div(join);
        add(joinBox);
        if (authorization.can(Action.VIEW_DIRECTORY, initiative.id())) {
            Anchor directory = new Anchor(path(initiative.slug()) + "/directory", getTranslation("initiative.directory"));
            directory.addClassName("cv-manage-link");
            Anchor profile = new Anchor(path(initiative.slug()) + "/profile", getTranslation("initiative.profile"));
            profile.addClassName("cv-manage-link");
            Anchor recommendations = new Anchor(path(initiative.slug()) + "/recommendations",
                    getTranslation("initiative.recommendations"));
            recommendations.addClassName("cv-manage-link");
            Nav members = new Nav(directory, recommendations, profile);
            members.addClassName("cv-manage");
            members.setAriaLabel(getTranslation("initiative.directory"));
            add(members);
        }
        if (authorization.can(Action.VIEW_ROLES, initiative.id())) {
            Anchor manage = new Anchor(path(initiative.slug()) + "/roles", getTranslation("initiative.manageRoles"));
            manage.addClassName("cv-manage-link");
            Anchor queue = new Anchor(path(initiative.slug()) + "/registrations",
                    getTranslation("initiative.manageRegistrations"));
            queue.addClassName("cv-manage-link");
            Nav tools = new Nav(manage, queue);
            tools.addClassName("cv-manage");
            tools.setAriaLabel(getTranslation("initiative.manage"));
            add(tools);
        }
        if (initiative.summary() != null) {
            Paragraph summary = new Paragraph(initiative.summary());
            summary.addClassName("cv-lead");
            add(summary);
        }
        Div statements = new Div();
        statements.addClassName("cv-statements");
        statement(statements, "initiative.vision", initiative.vision());
        statement(statements, "initiative.mission", initiative.mission());
        add(statements, goals(initiative), workgroups(initiative), phases(initiative));
        java.util.List<app.convene.recommendations.PublishedRecommendation> published = decisions.published(initiative.id());
        if (!published.isEmpty()) {
            add(published(published));
        }
        add(partners(initiative));
    }

    private void statement(Div container, String key, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Section section = new Section(new H2(getTranslation(key)), new Paragraph(text));
        section.addClassName("cv-statement");
        container.add(section);
    }

    private Component goals(InitiativeDetails initiative) {
        Section section = section("goals", getTranslation("initiative.goals", initiative.goals().size()));
        if (initiative.goals().isEmpty()) {
            section.add(new Paragraph(getTranslation("initiative.goals.none")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("cv-goals");
        for (InitiativeDetails.Goal goal : initiative.goals()) {
            ListItem item = new ListItem(new H3(goal.title()));
            item.addClassName("cv-goal");
            if (goal.description() != null) {
                item.add(new Paragraph(goal.description()));
            }
            if (!goal.strategies().isEmpty()) {
                UnorderedList strategies = new UnorderedList();
                strategies.addClassName("cv-strategies");
                strategies.getElement().setAttribute("aria-label", getTranslation("initiative.strategiesOf", goal.title()));
                goal.strategies().forEach(s -> strategies.add(new ListItem(s)));
                item.add(strategies);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component phases(InitiativeDetails initiative) {
        Section section = section("phases", getTranslation("initiative.phases"));
        Anchor timeline = new Anchor(path(initiative.slug()) + "/timeline", getTranslation("initiative.timeline"));
        timeline.addClassName("cv-manage-link");
        section.add(new Div(timeline));
        java.util.Map<Long, int[]> progress = milestones.publicProgress(initiative.id());
        if (initiative.phases().isEmpty()) {
            section.add(new Paragraph(getTranslation("initiative.phases.none")));
            return section;
        }
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
        OrderedList list = new OrderedList();
        list.addClassName("cv-phases");
        for (PhaseInfo phase : initiative.phases()) {
            Span dates = new Span();
            dates.addClassName("cv-dates");
            dates.add(new TimeText(phase.start(), format), new Span(" – "), new TimeText(phase.end(), format));
            int[] counts = progress.get(phase.id());
            int open = counts == null ? 0 : counts[2];
            InitiativeDetails.PhaseState state = phase.stateOn(today, open);
            Span badge = new Span(getTranslation("phase.state." + state.name(), open));
            badge.addClassName("cv-badge");
            badge.addClassName("cv-phase-" + state.name().toLowerCase(Locale.ROOT));
            ListItem item = new ListItem(new H3(phase.name()), dates, badge);
            item.addClassName("cv-phase");
            if (counts != null) {
                Span done = new Span(getTranslation("initiative.phaseProgress", counts[0], counts[1]));
                done.addClassName("cv-phase-progress");
                item.add(done);
                UnorderedList publicMilestones = new UnorderedList();
                publicMilestones.addClassName("cv-public-milestones");
                publicMilestones.getElement().setAttribute("aria-label", getTranslation("initiative.milestonesOf", phase.name()));
                for (var milestone : milestones.publicOfPhase(initiative.id(), phase.id())) {
                    publicMilestones.add(new ListItem((milestone.status() == app.convene.timeline.MilestoneStatus.DONE
                            ? "✓ " : "") + milestone.title() + " · " + format.format(milestone.due()) + " · "
                            + getTranslation("milestone.status." + milestone.status().name())));
                }
                item.add(publicMilestones);
            }
            if (phase.description() != null) {
                item.add(new Paragraph(phase.description()));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component workgroups(InitiativeDetails initiative) {
        Section section = section("workgroups", getTranslation("initiative.workgroups"));
        if (authorization.can(Action.MANAGE_WORKGROUPS, initiative.id())) {
            section.add(newWorkgroupForm(initiative));
        }
        PagedList<WorkgroupSummary> list = new PagedList<>(page -> workgroups.list(initiative.id(), page),
                this::workgroup, 12, getTranslation("initiative.workgroups.more"));
        if (list.itemCount() == 0) {
            section.add(new Paragraph(getTranslation("initiative.workgroups.none")));
        } else {
            section.add(list);
        }
        return section;
    }

    private Component newWorkgroupForm(InitiativeDetails initiative) {
        com.vaadin.flow.component.textfield.TextField name = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("workgroup.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        com.vaadin.flow.component.select.Select<InitiativeDetails.Goal> goal = new com.vaadin.flow.component.select.Select<>();
        goal.setLabel(getTranslation("workgroup.forGoal"));
        goal.setItems(initiative.goals());
        goal.setEmptySelectionAllowed(true);
        goal.setEmptySelectionCaption(getTranslation("workgroup.noGoal"));
        goal.setItemLabelGenerator(g -> g == null ? getTranslation("workgroup.noGoal") : g.title());
        goal.addValueChangeListener(e -> {
            if (e.getValue() != null && name.isEmpty()) {
                name.setValue(e.getValue().title());
            }
        });
        com.vaadin.flow.component.button.Button create = new com.vaadin.flow.component.button.Button(
                getTranslation("workgroup.create"), click -> {
                    if (name.getValue().isBlank()) {
                        name.setErrorMessage(getTranslation("workgroup.error.name"));
                        name.setInvalid(true);
                        return;
                    }
                    long id = workgroups.create(initiative.id(), goal.getValue() == null ? null : goal.getValue().id(),
                            name.getValue(), null, null, false);
                    getUI().ifPresent(ui -> ui.navigate("workgroups/" + id));
                });
        create.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(goal, name, create);
        form.addClassName("cv-form-row");
        form.getElement().setAttribute("role", "group");
        form.getElement().setAttribute("aria-label", getTranslation("workgroup.create"));
        return form;
    }

    private Component workgroup(WorkgroupSummary workgroup) {
        Anchor name = new Anchor("workgroups/" + workgroup.id(), workgroup.name());
        name.addClassName("cv-partner-name");
        Div card = new Div(name);
        card.addClassName("cv-partner");
        if (workgroup.goal() != null) {
            card.add(new Span(getTranslation("workgroup.goal", workgroup.goal())));
        }
        if (!workgroup.leads().isEmpty()) {
            card.add(new Span(getTranslation("workgroup.leads", String.join(", ", workgroup.leads()))));
        }
        Span state = new Span(getTranslation("workgroup.members", workgroup.members()) + " · " + getTranslation(
                workgroup.closed() ? "workgroup.closed" : workgroup.accepting() ? "workgroup.accepting" : "workgroup.full"));
        state.addClassName("cv-sector");
        card.add(state);
        return card;
    }

    private Component partners(InitiativeDetails initiative) {
        long count = organizations.countPartners(initiative.id());
        Section section = section("partners", getTranslation("initiative.partners", count));
        if (count == 0) {
            section.add(new Paragraph(getTranslation("initiative.partners.none")));
            return section;
        }
        section.add(new PagedList<>(page -> organizations.partnersOf(initiative.id(), page), this::partner,
                PARTNER_PAGE_SIZE, getTranslation("initiative.partners.more")));
        return section;
    }

    private Component partner(PartnerView partner) {
        Span name = new Span(partner.displayName());
        name.addClassName("cv-partner-name");
        Span role = new Span(getTranslation("partner.role." + partner.role().name()));
        role.addClassName("cv-badge");
        Div card = new Div(name, role);
        card.addClassName("cv-partner");
        String where = partner.county() != null ? partner.county() + (partner.region() != null ? ", " + partner.region() : "")
                : partner.region();
        if (where != null) {
            Span place = new Span(where);
            place.addClassName("cv-place");
            card.add(place);
        }
        if (partner.sector() != null) {
            Span sector = new Span(getTranslation("sector." + partner.sector().name()));
            sector.addClassName("cv-sector");
            card.add(sector);
        }
        return card;
    }

    /** The recommendations the steering committee approved and the coordinators published, as approved. */
    private Component published(java.util.List<app.convene.recommendations.PublishedRecommendation> published) {
        Section section = section("recommendations", getTranslation("initiative.published"));
        String report = null;
        String part = null;
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
        for (app.convene.recommendations.PublishedRecommendation r : published) {
            if (!r.report().equals(report)) {
                report = r.report();
                part = null;
                section.add(new com.vaadin.flow.component.html.H3(report));
            }
            if (!r.section().equals(part)) {
                part = r.section();
                section.add(new com.vaadin.flow.component.html.H4(part));
            }
            com.vaadin.flow.component.html.Article article = new com.vaadin.flow.component.html.Article(
                    new com.vaadin.flow.component.html.H5(r.title()), new app.convene.shared.ui.MarkdownView(r.body()),
                    new Paragraph(getTranslation("initiative.published.decided",
                            format.format(r.decidedAt().atZone(clock.getZone())), r.revisionNumber())));
            if (r.correctedAt() != null) {
                article.add(new Paragraph(getTranslation("initiative.published.corrected",
                        format.format(r.correctedAt().atZone(clock.getZone())))));
            }
            article.addClassName("cv-published");
            section.add(article);
        }
        return section;
    }

    private Section section(String id, String heading) {
        H2 h2 = new H2(heading);
        h2.setId(id + "-heading");
        Section section = new Section(h2);
        section.setId(id);
        section.addClassName("cv-section");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    private Locale locale() {
        return ConveneI18NProvider.supported(getLocale());
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
