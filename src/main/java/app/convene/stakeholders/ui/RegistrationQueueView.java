package app.convene.stakeholders.ui;

import app.convene.shared.SiteSettings;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.KeycloakAccounts;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.stakeholders.AlreadyDecidedException;
import app.convene.stakeholders.RegistrationItem;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.RegistrationStatus;
import app.convene.stakeholders.StakeholderExports;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** The coordinators' queue of registrations: review each, approve or decline with a note. */
@Route(value = "initiatives/:slug/registrations", layout = MainLayout.class)
@PermitAll
class RegistrationQueueView extends InitiativePage {

    private final RegistrationService registrations;
    private final Authorization authorization;
    private final StakeholderExports exports;
    private final DateTimes dateTimes;
    private final SiteSettings site;
    private Map<Long, String> goalTitles = Map.of();

    final Select<RegistrationStatus> status = new Select<>();
    final Grid<RegistrationItem> grid = new Grid<>();
    final Div detail = new Div();
    final TextArea note = new TextArea();
    private final Binder<DecisionNote> noteBinder = new Binder<>(DecisionNote.class);
    final Button approve = new Button();
    final Button decline = new Button();
    final FormError decisionError = new FormError();
    private RegistrationItem selected;
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    RegistrationQueueView(InitiativeDirectory initiatives, RegistrationService registrations, Authorization authorization,
                          StakeholderExports exports, DateTimes dateTimes,
                          SiteSettings site) {
        super(initiatives);
        this.exports = exports;
        this.dateTimes = dateTimes;
        this.registrations = registrations;
        this.authorization = authorization;
        this.site = site;
        addClassName("cv-wide");
        noteBinder.setDefaultValidatorsEnabled(false); // the note's own limit is checked below, with its message
        noteBinder.forField(note)
                .withValidator(text -> text == null || text.length() <= DecisionNote.MAX_LENGTH,
                        context -> getTranslation("queue.note.tooLong"))
                .bind("note");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_STAKEHOLDERS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        goalTitles = initiative.goals().stream().collect(Collectors.toMap(GoalRef::id, GoalRef::title));
        render();
    }

    private void render() {
        removeAll();
        Nav breadcrumb = breadcrumb(StakeholderAddresses.initiative(initiative.slug()), initiative.name());

        status.setLabel(getTranslation("queue.show"));
        status.setItems(RegistrationStatus.PENDING, RegistrationStatus.APPROVED, RegistrationStatus.DECLINED);
        status.setItemLabelGenerator(s -> getTranslation("registration.status." + s.name()) + " ("
                + registrations.count(initiative.id(), s) + ")");
        status.setValue(RegistrationStatus.PENDING);

        DateTimeFormatter format = dateTimes.dates(getLocale());
        grid.removeAllColumns();
        grid.addColumn(RegistrationItem::name).setHeader(getTranslation("common.name")).setAutoWidth(true);
        grid.addColumn(RegistrationItem::email).setHeader(getTranslation("common.email")).setAutoWidth(true);
        grid.addColumn(r -> r.organization() + (r.organizationProposed() ? " " + getTranslation("queue.proposed") : ""))
                .setHeader(getTranslation("common.organization")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("sector." + r.sector().name())).setHeader(getTranslation("common.sector"))
                .setAutoWidth(true);
        grid.addColumn(r -> format.format(r.submittedAt())).setHeader(getTranslation("queue.submitted")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("queue.title"));
        grid.setHeight("22rem");
        grid.setItems(query -> registrations.list(initiative.id(), status.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());

        detail.addClassName("cv-detail");
        detail.getElement().setAttribute("aria-live", "polite");
        note.setLabel(getTranslation("queue.note"));
        note.setHelperText(getTranslation("queue.note.help"));
        note.setMaxLength(DecisionNote.MAX_LENGTH);
        note.setWidthFull();
        approve.setText(getTranslation("queue.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        decline.setText(getTranslation("queue.decline"));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (!wired) {
            status.addValueChangeListener(e -> {
                select(null);
                grid.getDataProvider().refreshAll();
            });
            grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
            approve.addClickListener(click -> decide(true));
            decline.addClickListener(click -> confirmDecline());
            wired = true;
        }

        Anchor export = new Anchor((DownloadHandler) download -> {
            download.setFileName("registrations-" + initiative.slug() + "-" + status.getValue().name().toLowerCase() + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            exports.registrations(initiative.id(), status.getValue(), download.getOutputStream());
        }, getTranslation("queue.export"));
        Anchor importLink = new Anchor(StakeholderAddresses.importStakeholders(initiative.slug()), getTranslation("import.title"));
        Nav actions = new Nav(export, importLink);
        actions.addClassName("cv-manage");
        actions.setAriaLabel(getTranslation("initiative.manage"));
        add(breadcrumb, new H1(getTranslation("queue.title")), new Paragraph(getTranslation("queue.intro")), actions,
                status, grid, detail);
        select(null);
    }

    void select(RegistrationItem registration) {
        selected = registration;
        detail.removeAll();
        decisionError.clear();
        if (registration == null) {
            detail.add(new Paragraph(getTranslation("queue.pick")));
            return;
        }
        DescriptionList answers = new DescriptionList();
        term(answers, "common.name", registration.name());
        term(answers, "common.email", registration.email());
        term(answers, "common.organization", registration.organization()
                + (registration.organizationProposed() ? " " + getTranslation("queue.proposed") : ""));
        term(answers, "common.jobTitle", registration.title());
        term(answers, "common.sector", getTranslation("sector." + registration.sector().name()));
        term(answers, "common.county", registration.county());
        term(answers, "common.region", registration.region());
        term(answers, "common.languages", registration.languages());
        term(answers, "common.accessibility", registration.accessibilityNeeds());
        term(answers, "common.goals", registration.goalIds().stream().map(goalTitles::get)
                .filter(Objects::nonNull).sorted().collect(Collectors.joining("; ")));
        term(answers, "queue.consent", getTranslation(registration.directoryConsent() ? "common.yes" : "common.no"));
        term(answers, "queue.note", registration.decisionNote());
        detail.add(new H2(registration.name()), answers);
        if (registration.status() == RegistrationStatus.PENDING) {
            note.clear();
            Div buttons = new Div(approve, decline);
            buttons.addClassName("cv-buttons");
            detail.add(note, decisionError, buttons);
        }
    }

    private void term(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    /** Declining tells the person by mail: ask first, and say so. */
    void confirmDecline() {
        if (selected == null) {
            return;
        }
        String name = selected.name();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("queue.declineTitle", name),
                getTranslation(note.getValue().isBlank() ? "queue.declineText" : "queue.declineTextWithNote", name),
                getTranslation("queue.decline"), yes -> decide(false));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void decide(boolean approving) {
        if (selected == null) {
            return;
        }
        String name = selected.name();
        DecisionNote decision;
        try {
            decision = noteBinder.writeRecord();
        } catch (ValidationException e) {
            return; // the message stands by the note
        }
        try {
            if (approving) {
                registrations.approve(selected.id(), decision.note(), site.publicUrl() + "/");
            } else {
                registrations.decline(selected.id(), decision.note());
            }
        } catch (AlreadyDecidedException | OptimisticLockingFailureException e) {
            decisionError.show(getTranslation("queue.alreadyDecided"));
            grid.getDataProvider().refreshAll();
            return;
        } catch (KeycloakAccounts.KeycloakUnavailableException e) {
            decisionError.show(getTranslation("queue.keycloakDown"));
            return;
        }
        Notices.success(getTranslation(approving ? "queue.approved" : "queue.declined", name));
        select(null);
        grid.getDataProvider().refreshAll();
        status.getListDataView().refreshAll();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("queue.title") + " · " + initiative.name();
    }
}
