package app.convene.workgroups.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.WorkgroupRoles;
import app.convene.workgroups.MemberItem;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import org.springframework.data.domain.PageRequest;

/** The members tab: a grid paged from the database; leads and coordinators make co-leads and remove members. */
class MembersPanel extends Div {

    private final WorkgroupService workgroups;
    private final long workgroupId;
    private final Runnable changed;
    final Grid<MemberItem> grid = new Grid<>();

    MembersPanel(WorkgroupService workgroups, Authorization authorization, long workgroupId, Runnable changed) {
        this.workgroups = workgroups;
        this.workgroupId = workgroupId;
        this.changed = changed;
        grid.addColumn(MemberItem::name).setHeader(getTranslation("common.name")).setAutoWidth(true);
        grid.addColumn(m -> m.organization() == null ? "" : m.organization())
                .setHeader(getTranslation("common.organization")).setAutoWidth(true);
        grid.addColumn(m -> m.sector() == null ? "" : getTranslation("sector." + m.sector().name()))
                .setHeader(getTranslation("common.sector")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("workgroup.role." + m.role().name())).setHeader(getTranslation("common.role"))
                .setAutoWidth(true);
        if (authorization.canInWorkgroup(Action.MANAGE_WORKGROUP_MEMBERS, workgroupId)) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("workgroup.tab.members"));
        grid.setHeight("24rem");
        grid.setItems(query -> workgroups.members(workgroupId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        add(grid);
    }

    /** Shows the members as they are now (after a decision elsewhere on the page). */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component actions(MemberItem member) {
        Div actions = new Div();
        if (member.role() != WorkgroupRoles.Role.LEAD) {
            Button coLead = new Button(getTranslation("workgroup.makeCoLead"), click -> {
                workgroups.makeCoLead(workgroupId, member.personId());
                refresh();
            });
            coLead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            coLead.setAriaLabel(getTranslation("workgroup.makeCoLeadLabel", member.name()));
            actions.add(coLead);
        }
        Button remove = new Button(getTranslation("common.remove"), click -> {
            workgroups.removeMember(workgroupId, member.personId());
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("workgroup.removeLabel", member.name()));
        actions.add(remove);
        return actions;
    }
}
