package app.convene.indicators.ui;

import app.convene.indicators.IndicatorItem;
import app.convene.indicators.IndicatorService;
import app.convene.indicators.IndicatorValueService;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PagedList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.OptimisticLockingFailureException;

/** Coordinators define the initiative's indicators by goal, enter their values, and go on to the CSV import. */
@Route(value = "initiatives/:slug/indicators", layout = MainLayout.class)
@PermitAll
class IndicatorsView extends InitiativePage {

    static final int PAGE = 10;

    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final Authorization authorization;
    private final DateTimes dateTimes;

    IndicatorForm form;
    ValuesPanel valuesPanel;
    PagedList<IndicatorItem> list;
    final Div listHolder = new Div();
    final FormError message = new FormError();

    IndicatorsView(InitiativeDirectory initiatives, IndicatorService indicators, IndicatorValueService values,
                   Authorization authorization, DateTimes dateTimes) {
        super(initiatives);
        this.indicators = indicators;
        this.values = values;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_INDICATORS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        DateTimeFormatter dates = dateTimes.dates(getLocale());
        form = new IndicatorForm(initiative, indicators, this::refresh);
        valuesPanel = new ValuesPanel(indicators, values, dates, this::refresh);
        Anchor importLink = new Anchor(initiativePath() + "/indicators/import", getTranslation("indicatorImport.title"));
        importLink.addClassName("cv-manage-link");
        H2 listHeading = new H2(getTranslation("indicators.list"));
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("indicators.manageTitle")),
                new Paragraph(getTranslation("indicators.intro")), new Div(importLink), form, valuesPanel, listHeading,
                message, listHolder);
        refresh();
    }

    /** Reads the list again from its first page. */
    void refresh() {
        DateTimeFormatter dates = dateTimes.dates(getLocale());
        listHolder.removeAll();
        list = new PagedList<>(page -> indicators.forManaging(initiative.id(), page), item -> entry(item, dates), PAGE,
                getTranslation("indicators.more"));
        list.getElement().setAttribute("aria-label", getTranslation("indicators.list"));
        listHolder.add(list);
    }

    private Div entry(IndicatorItem item, DateTimeFormatter dates) {
        String goal = initiative.goals().stream().filter(g -> g.id() == item.goalId()).map(GoalRef::title).findFirst()
                .orElse("");
        H3 ofGoal = new H3(getTranslation("indicators.ofGoal", goal));
        ofGoal.addClassName("cv-indicator-goal-name");
        Button edit = new Button(getTranslation("indicator.editButton"), click -> form.load(indicators.get(item.id())));
        edit.setAriaLabel(getTranslation("indicator.editOf", item.name()));
        Button valuesButton = new Button(getTranslation("indicator.valuesButton"), click -> valuesPanel.show(item.id()));
        valuesButton.setAriaLabel(getTranslation("indicator.values.of", item.name()));
        Button delete = new Button(getTranslation("indicator.deleteButton"), click -> confirmDelete(item));
        delete.setAriaLabel(getTranslation("indicator.deleteOf", item.name()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(edit, valuesButton, delete);
        buttons.addClassName("cv-buttons");
        return new Div(ofGoal, new IndicatorCard(item, dates, true), buttons);
    }

    void confirmDelete(IndicatorItem item) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("indicator.delete.header", item.name()));
        dialog.setText(getTranslation("indicator.delete.text", item.values().size()));
        dialog.setConfirmText(getTranslation("indicator.deleteButton"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addConfirmListener(yes -> delete(item));
        add(dialog);
        dialog.open();
    }

    void delete(IndicatorItem item) {
        message.clear();
        try {
            indicators.delete(item.id(), item.version());
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("indicator.conflict"));
            return;
        }
        Notices.success(getTranslation("indicator.deleted"));
        valuesPanel.setVisible(false);
        form.load(null);
        refresh();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("indicators.manageTitle");
    }
}
