package app.convene.workgroups.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.PagedList;
import app.convene.workgroups.WorkgroupAddresses;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
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

    /** The form to start a workgroup. */
    private static final class NewWorkgroup {
        GoalRef goal;
        String name = "";
    }

    private final class Workgroups extends Section {

        Workgroups(InitiativeContext initiative) {
            PageSection.titled(this, "workgroups", getTranslation("initiative.workgroups"));
            if (authorization.can(Action.MANAGE_WORKGROUPS, initiative.id())) {
                add(newWorkgroupButton(initiative));
            }
            PagedList<WorkgroupSummary> list = PagedList.ofMarkup(page -> workgroups.list(initiative.id(), page),
                    this::workgroup, 12, getTranslation("initiative.workgroups.more"));
            if (list.itemCount() == 0) {
                add(new Paragraph(getTranslation("initiative.workgroups.none")));
            } else {
                add(list);
            }
        }

        /**
         * The coordinators' way to start a workgroup: a button that builds the form in its place when pressed
         * (decision 66). Most visits only read the page, and the form (a goal picker with the initiative's goals, a
         * binder) was a tenth of building it.
         */
        private Component newWorkgroupButton(InitiativeContext initiative) {
            Div slot = new Div();
            Button open = new Button(getTranslation("workgroup.new"), click -> {
                slot.removeAll();
                slot.add(newWorkgroupForm(initiative));
            });
            open.setId("workgroup-new");
            slot.add(open);
            return slot;
        }

        private Component newWorkgroupForm(InitiativeContext initiative) {
            TextField name = new TextField(getTranslation("workgroup.name"));
            name.setMaxLength(200);
            Select<GoalRef> goal = new Select<>();
            goal.setLabel(getTranslation("workgroup.forGoal"));
            goal.setItems(initiatives.findById(initiative.id()).orElseThrow().offeredGoals());
            goal.setEmptySelectionAllowed(true);
            goal.setEmptySelectionCaption(getTranslation("workgroup.noGoal"));
            goal.setItemLabelGenerator(g -> g == null ? getTranslation("workgroup.noGoal") : g.title());
            goal.addValueChangeListener(e -> {
                if (e.getValue() != null && name.isEmpty()) {
                    name.setValue(e.getValue().title());
                }
            });
            Binder<NewWorkgroup> binder = new Binder<>();
            binder.forField(goal).bind(w -> w.goal, (w, v) -> w.goal = v);
            binder.forField(name).asRequired(getTranslation("workgroup.error.name")).bind(w -> w.name, (w, v) -> w.name = v);
            binder.readBean(new NewWorkgroup());
            Button create = new Button(getTranslation("workgroup.create"), click -> {
                NewWorkgroup form = new NewWorkgroup();
                if (!binder.writeBeanIfValid(form)) {
                    return;
                }
                try {
                    long id = workgroups.create(initiative.id(), form.goal == null ? null : form.goal.id(), form.name,
                            null, null, false);
                    getUI().ifPresent(ui -> ui.navigate(WorkgroupAddresses.workgroup(id)));
                } catch (ValidationError e) {
                    FieldErrors.show("goal".equals(e.field()) ? goal : name, getTranslation(e.messageKey(), e.params()));
                }
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            goal.focus();
            Div form = new Div(goal, name, create);
            form.addClassName("cv-form-row");
            form.getElement().setAttribute("role", "group");
            form.getElement().setAttribute("aria-label", getTranslation("workgroup.create"));
            return form;
        }

        /** A workgroup's card: read-only, written as markup; its name a plain link to the workgroup's page. */
        private void workgroup(WorkgroupSummary workgroup, Markup html) {
            html.open("div", "class", "cv-partner")
                    .link(WorkgroupAddresses.workgroup(workgroup.id()), workgroup.name(), "class", "cv-partner-name");
            if (workgroup.goal() != null) {
                html.element("span", getTranslation("workgroup.goal", workgroup.goal()));
            }
            if (!workgroup.leads().isEmpty()) {
                html.element("span", getTranslation("workgroup.leads", String.join(", ", workgroup.leads())));
            }
            html.element("span", getTranslation("workgroup.members", workgroup.members()) + " · " + getTranslation(
                    WorkgroupStates.key(workgroup.closed(), workgroup.accepting())), "class", "cv-sector");
            html.close("div");
        }
    }
}
