package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.KeycloakAccounts;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.MainLayout;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** The coordinators' queue of registrations: review each, approve or decline with a note. */
@Route(value = "initiatives/:slug/registrations", layout = MainLayout.class)
@PermitAll
class RegistrationQueueView extends InitiativePage {

    private final RegistrationService registrations;
    private final Authorization authorization;
    private final StakeholderExports exports;
    private final String publicUrl;
    private Map<Long, String> goalTitles = Map.of();

    final Select<RegistrationStatus> status = new Select<>();
    final Grid<RegistrationItem> grid = new Grid<>();
    final Div detail = new Div();
    final TextArea note = new TextArea();
    final Button approve = new Button();
    final Button decline = new Button();
    final Paragraph decisionError = new Paragraph();
    private RegistrationItem selected;
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    RegistrationQueueView(InitiativeDirectory initiatives, RegistrationService registrations, Authorization authorization,
                          StakeholderExports exports,
                          @Value("${convene.public-url:http://localhost:8080}") String publicUrl) {
        super(initiatives);
        this.exports = exports;
        this.registrations = registrations;
        this.authorization = authorization;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        addClassName("cv-wide");
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
        Nav breadcrumb = breadcrumb("initiatives/" + initiative.slug(), initiative.name());

        status.setLabel(getTranslation("queue.show"));
        status.setItems(RegistrationStatus.PENDING, RegistrationStatus.APPROVED, RegistrationStatus.DECLINED);
        status.setItemLabelGenerator(s -> getTranslation("registration.status." + s.name()) + " ("
                + registrations.count(initiative.id(), s) + ")");
        status.setValue(RegistrationStatus.PENDING);

        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ConveneI18NProvider.supported(getLocale())).withZone(ZoneId.systemDefault());
        grid.removeAllColumns();
        grid.addColumn(RegistrationItem::name).setHeader(getTranslation("queue.name")).setAutoWidth(true);
        grid.addColumn(RegistrationItem::email).setHeader(getTranslation("join.email")).setAutoWidth(true);
        grid.addColumn(r -> r.organization() + (r.organizationProposed() ? " " + getTranslation("queue.proposed") : ""))
                .setHeader(getTranslation("join.organization")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("sector." + r.sector().name())).setHeader(getTranslation("join.sector"))
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
        note.setMaxLength(2000);
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
        decisionError.addClassName("cv-form-error");
        decisionError.getElement().setAttribute("role", "alert");

        Anchor export = new Anchor((DownloadHandler) download -> {
            download.setFileName("registrations-" + initiative.slug() + "-" + status.getValue().name().toLowerCase() + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            exports.registrations(initiative.id(), status.getValue(), download.getOutputStream());
        }, getTranslation("queue.export"));
        Anchor importLink = new Anchor("initiatives/" + initiative.slug() + "/import", getTranslation("import.title"));
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
        decisionError.setVisible(false);
        if (registration == null) {
            detail.add(new Paragraph(getTranslation("queue.pick")));
            return;
        }
        DescriptionList answers = new DescriptionList();
        term(answers, "queue.name", registration.name());
        term(answers, "join.email", registration.email());
        term(answers, "join.organization", registration.organization()
                + (registration.organizationProposed() ? " " + getTranslation("queue.proposed") : ""));
        term(answers, "join.jobTitle", registration.title());
        term(answers, "join.sector", getTranslation("sector." + registration.sector().name()));
        term(answers, "join.county", registration.county());
        term(answers, "join.region", registration.region());
        term(answers, "join.languages", registration.languages());
        term(answers, "join.accessibility", registration.accessibilityNeeds());
        term(answers, "join.goals", registration.goalIds().stream().map(goalTitles::get)
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
        try {
            if (approving) {
                registrations.approve(selected.id(), note.getValue(), publicUrl + "/");
            } else {
                registrations.decline(selected.id(), note.getValue());
            }
        } catch (AlreadyDecidedException | OptimisticLockingFailureException e) {
            decisionError.setText(getTranslation("queue.alreadyDecided"));
            decisionError.setVisible(true);
            grid.getDataProvider().refreshAll();
            return;
        } catch (KeycloakAccounts.KeycloakUnavailableException e) {
            decisionError.setText(getTranslation("queue.keycloakDown"));
            decisionError.setVisible(true);
            return;
        }
        Notification done = Notification.show(getTranslation(approving ? "queue.approved" : "queue.declined", name),
                5000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        select(null);
        grid.getDataProvider().refreshAll();
        status.getListDataView().refreshAll();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("queue.title") + " · " + initiative.name();
    }
}
