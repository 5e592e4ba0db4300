package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeLifecycle;
import app.convene.initiatives.InitiativePage;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.InitiativeStatus;
import app.convene.initiatives.InitiativeStatusBanner;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.FirstCoordinators;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One initiative for administrators: its status with publish, back to draft, archive and restore, a link to
 * its page, and its coordinators, appointed from the people Convene knows or by email.
 */
@Route(value = "admin/initiatives/:slug", layout = MainLayout.class)
@PermitAll
class AdminInitiativeView extends InitiativePage {

    private final InitiativeService initiatives;
    private final InitiativeLifecycle lifecycle;
    private final Authorization authorization;
    final CoordinatorsForm coordinators;
    final Paragraph status = new Paragraph();
    final Button publish = new Button();
    final Button unpublish = new Button();
    final Button archive = new Button();
    final Button restore = new Button();

    AdminInitiativeView(InitiativeService initiatives, InitiativeLifecycle lifecycle, Authorization authorization,
                        RoleService roles, PersonService persons, FirstCoordinators firstCoordinators) {
        super(initiatives);
        this.initiatives = initiatives;
        this.lifecycle = lifecycle;
        this.authorization = authorization;
        this.coordinators = new CoordinatorsForm(roles, persons, firstCoordinators);
        addClassName("cv-wide");
        status.setId("initiative-status");
        button(publish, "initiative-publish", "initiative.publish", () -> lifecycle.publish(initiative.id()));
        button(unpublish, "initiative-unpublish", "admin.initiative.unpublish", () -> lifecycle.unpublish(initiative.id()));
        button(archive, "initiative-archive", "admin.initiative.archive", () -> lifecycle.archive(initiative.id()));
        button(restore, "initiative-restore", "admin.initiative.restore", () -> lifecycle.restore(initiative.id()));
    }

    private void button(Button button, String id, String textKey, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(textKey));
        button.addClickListener(click -> {
            action.run();
            Notices.success(getTranslation("admin.initiative.statusNow", initiative.name(), statusText()));
            render();
            InitiativeStatusBanner.of(initiatives.statusOf(initiative.id())).ifPresent(this::addComponentAsFirst);
        });
    }

    @Override
    protected boolean mayEnter(InitiativeDirectory.InitiativeRef initiative) {
        return authorization.can(Action.CREATE_INITIATIVE, null);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        render();
    }

    private String statusText() {
        return getTranslation("initiative.status." + initiatives.statusOf(initiative.id()).name());
    }

    private void render() {
        removeAll();
        InitiativeStatus current = initiatives.statusOf(initiative.id());
        status.setText(getTranslation("admin.initiative.status", statusText()));
        publish.setVisible(current == InitiativeStatus.DRAFT);
        unpublish.setVisible(current == InitiativeStatus.PUBLISHED);
        archive.setVisible(current != InitiativeStatus.ARCHIVED);
        restore.setVisible(current == InitiativeStatus.ARCHIVED);
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor open = new Anchor(InitiativeAddresses.of(initiative.slug()), getTranslation("admin.initiative.open"));
        open.setId("initiative-open");
        Div buttons = new Div(publish, unpublish, archive, restore);
        buttons.addClassName("cv-buttons");
        Section people = PageSection.create("coordinators", getTranslation("admin.initiative.coordinators"));
        people.add(coordinators.render(initiative.id(), current != InitiativeStatus.ARCHIVED));
        add(breadcrumb(AdminInitiativesView.ROUTE, getTranslation("admin.initiatives.title")),
                new H1(initiative.name()), status, buttons, new Paragraph(open), people);
    }

    @Override
    protected String pageTitle() {
        return initiative.name() + " · " + getTranslation("admin.initiatives.title");
    }
}
