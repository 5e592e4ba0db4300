package app.convene.notifications.ui;

import app.convene.notifications.MailAdministration;
import app.convene.notifications.MailAdministration.ParkedMail;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import org.springframework.data.domain.PageRequest;

/** Undeliverable mail for administrators (decision 0033): parked with the reason, to try again or discard. */
@Route(value = UndeliverableMailView.ROUTE, layout = MainLayout.class)
@PermitAll
class UndeliverableMailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/mail";

    final Grid<ParkedMail> grid = new Grid<>();
    private final Authorization authorization;
    private final MailAdministration mail;
    private final Paragraph empty = new Paragraph();

    UndeliverableMailView(MailAdministration mail, Authorization authorization, DateTimes dateTimes) {
        this.mail = mail;
        this.authorization = authorization;
        addClassName("cv-page");
        addClassName("cv-wide");
        DateTimeFormatter format = dateTimes.dateTimesMedium(getLocale());
        grid.addColumn(m -> format.format(m.createdAt())).setHeader(getTranslation("mailAdmin.when")).setAutoWidth(true);
        grid.addColumn(ParkedMail::to).setHeader(getTranslation("mailAdmin.to")).setAutoWidth(true);
        grid.addColumn(ParkedMail::subject).setHeader(getTranslation("mailAdmin.subject")).setFlexGrow(1);
        grid.addColumn(ParkedMail::reason).setHeader(getTranslation("mailAdmin.reason")).setFlexGrow(1);
        grid.addColumn(ParkedMail::attempts).setHeader(getTranslation("mailAdmin.attempts")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("mailAdmin.title"));
        grid.setPageSize(50);
        empty.setText(getTranslation("mailAdmin.empty"));
        empty.setId("mail-admin-empty");
        add(new H1(getTranslation("mailAdmin.title")), new Paragraph(getTranslation("mailAdmin.intro")), empty, grid);
    }

    private Div actions(ParkedMail parked) {
        Button retry = new Button(getTranslation("mailAdmin.retry"),
                click -> act(parked, mail::retry, "mailAdmin.retried"));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setAriaLabel(getTranslation("mailAdmin.retry") + ": " + parked.subject());
        Button discard = new Button(getTranslation("mailAdmin.discard"),
                click -> act(parked, mail::discard, "mailAdmin.discarded"));
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.setAriaLabel(getTranslation("mailAdmin.discard") + ": " + parked.subject());
        return new Div(retry, discard);
    }

    private void act(ParkedMail parked, Predicate<String> action, String done) {
        if (action.test(parked.messageId())) {
            Notices.success(getTranslation(done));
        } else {
            Notices.error(getTranslation("mailAdmin.gone"));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> mail.parked(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        boolean none = mail.parked(PageRequest.of(0, 1)).isEmpty();
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authorization.can(Action.MANAGE_SITE_SETTINGS, null)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailAdmin.title") + " · " + getTranslation("app.name");
    }
}
