package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeAdminItem;
import app.convene.initiatives.InitiativeLifecycle;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.GridLinks;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;

/**
 * Every initiative for administrators, drafts and archived ones included, read a page at a time, and the form
 * that creates a new one as a draft; each links to its administration page (status, first coordinators).
 */
@Route(value = AdminInitiativesView.ROUTE, layout = MainLayout.class)
@PermitAll
class AdminInitiativesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/initiatives";

    private final InitiativeService initiatives;
    private final Authorization authorization;
    final NewInitiativeForm form = new NewInitiativeForm();
    final Grid<InitiativeAdminItem> grid = new Grid<>();

    AdminInitiativesView(InitiativeService initiatives, InitiativeLifecycle lifecycle, RoleService roles,
                         Authorization authorization) {
        this.initiatives = initiatives;
        this.authorization = authorization;
        addClassName("cv-page");
        addClassName("cv-wide");
        form.create.addClickListener(click -> create());
        Section create = PageSection.create("new-initiative", getTranslation("admin.initiatives.new"));
        create.add(new Paragraph(getTranslation("admin.initiatives.new.intro")), form);

        grid.setId("initiatives-grid");
        grid.addColumn(GridLinks.<InitiativeAdminItem>of(i -> ROUTE + "/" + i.slug(), InitiativeAdminItem::name))
                .setHeader(getTranslation("admin.initiatives.column.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(InitiativeAdminItem::region).setHeader(getTranslation("admin.initiatives.column.region"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("initiative.status." + i.status().name()))
                .setHeader(getTranslation("admin.initiatives.column.status")).setAutoWidth(true);
        grid.addColumn(i -> roles.holders(i.id(), InitiativeRole.COORDINATOR).size())
                .setHeader(getTranslation("admin.initiatives.column.coordinators")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("admin.initiatives.all"));
        grid.setHeight("24rem");
        grid.setItems(query -> lifecycle.listAll(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        Section all = PageSection.create("all-initiatives", getTranslation("admin.initiatives.all"));
        all.add(grid);

        add(new H1(getTranslation("admin.initiatives.title")), new Paragraph(getTranslation("admin.initiatives.intro")),
                all, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authorization.can(Action.CREATE_INITIATIVE, null)) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    void create() {
        form.clearErrors();
        String slug;
        try {
            initiatives.createDraft(form.draft());
            slug = form.draft().slug().strip();
        } catch (ValidationError e) {
            FieldErrors.show(form.field(e.field()), getTranslation(e.messageKey(), e.params()));
            return;
        }
        Notices.success(getTranslation("admin.initiatives.created", form.name.getValue().strip()));
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + slug));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.initiatives.title") + " · " + getTranslation("app.name");
    }
}
