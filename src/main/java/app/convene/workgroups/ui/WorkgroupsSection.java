package app.convene.workgroups.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.PagedList;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The workgroups on an initiative's page, a page at a time, and the coordinators' form to start one. */
@Service
class WorkgroupsSection implements InitiativeSection {

    private final WorkgroupService workgroups;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;

    WorkgroupsSection(WorkgroupService workgroups, InitiativeDirectory initiatives, Authorization authorization) {
        this.workgroups = workgroups;
        this.initiatives = initiatives;
        this.authorization = authorization;
    }

    @Override
    public int order() {
        return WORKGROUPS;
    }

    @Override
    public Optional<Component> create(InitiativeContext initiative) {
        return Optional.of(new Workgroups(initiative));
    }

    private final class Workgroups extends Section {

        Workgroups(InitiativeContext initiative) {
            PageSection.titled(this, "workgroups", getTranslation("initiative.workgroups"));
            if (authorization.can(Action.MANAGE_WORKGROUPS, initiative.id())) {
                add(newWorkgroupForm(initiative));
            }
            PagedList<WorkgroupSummary> list = new PagedList<>(page -> workgroups.list(initiative.id(), page),
                    this::workgroup, 12, getTranslation("initiative.workgroups.more"));
            if (list.itemCount() == 0) {
                add(new Paragraph(getTranslation("initiative.workgroups.none")));
            } else {
                add(list);
            }
        }

        private Component newWorkgroupForm(InitiativeContext initiative) {
            TextField name = new TextField(getTranslation("workgroup.name"));
            name.setMaxLength(200);
            name.setRequiredIndicatorVisible(true);
            Select<GoalRef> goal = new Select<>();
            goal.setLabel(getTranslation("workgroup.forGoal"));
            goal.setItems(initiatives.findById(initiative.id()).orElseThrow().goals());
            goal.setEmptySelectionAllowed(true);
            goal.setEmptySelectionCaption(getTranslation("workgroup.noGoal"));
            goal.setItemLabelGenerator(g -> g == null ? getTranslation("workgroup.noGoal") : g.title());
            goal.addValueChangeListener(e -> {
                if (e.getValue() != null && name.isEmpty()) {
                    name.setValue(e.getValue().title());
                }
            });
            Button create = new Button(getTranslation("workgroup.create"), click -> {
                if (name.getValue().isBlank()) {
                    name.setErrorMessage(getTranslation("workgroup.error.name"));
                    name.setInvalid(true);
                    return;
                }
                long id = workgroups.create(initiative.id(), goal.getValue() == null ? null : goal.getValue().id(),
                        name.getValue(), null, null, false);
                getUI().ifPresent(ui -> ui.navigate("workgroups/" + id));
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
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
    }
}
