package app.convene.convenings.ui;

import app.convene.convenings.AttendanceService;
import app.convene.convenings.CheckInCodes;
import app.convene.convenings.internal.AttendanceQueries.Entry;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The hosts' check-in page of a convening: the self check-in code, the searchable list of everyone with
 * an RSVP (confirmed first, paged from the database) with check-in and undo, and walk-ins. Nobody else
 * sees it ("not found").
 */
@Route(value = "convenings/:id/attendance", layout = MainLayout.class)
@PermitAll
class AttendanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AttendanceService attendance;
    private final CheckInCodes codes;
    private final DateTimes dateTimes;
    final Grid<Entry> grid = new Grid<>();
    final TextField search = new TextField();
    final FormError listError = new FormError();
    final Paragraph summary = new Paragraph();
    private String title = "";
    private long conveningId;

    AttendanceView(AttendanceService attendance, CheckInCodes codes, DateTimes dateTimes) {
        this.attendance = attendance;
        this.codes = codes;
        this.dateTimes = dateTimes;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = id(event.getRouteParameters());
        Optional<String> found = id.flatMap(attendance::titleForHosts);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        conveningId = id.get();
        title = getTranslation("attendance.title", found.get());
        add(new H1(title), summary, new CheckInCodePanel(codes, dateTimes, conveningId), list(),
                new WalkInForm(attendance, conveningId, this::refresh));
        refresh();
    }

    static Optional<Long> id(RouteParameters parameters) {
        return parameters.get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf);
    }

    private Section list() {
        grid.removeAllColumns();
        grid.setId("attendance-list");
        grid.addColumn(Entry::name).setHeader(getTranslation("rsvp.organize.name")).setAutoWidth(true);
        grid.addColumn(e -> e.email() == null ? "" : e.email()).setHeader(getTranslation("rsvp.organize.email"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.organization() == null ? "" : e.organization())
                .setHeader(getTranslation("rsvp.organize.organization")).setAutoWidth(true);
        grid.addColumn(e -> e.rsvpStatus() == null ? getTranslation("attendance.walkIn")
                : getTranslation("rsvp.status." + e.rsvpStatus())).setHeader(getTranslation("rsvp.organize.status"));
        grid.addColumn(e -> e.checkedInAt() == null ? "" : dateTimes.dateTime(e.checkedInAt(), getLocale()))
                .setHeader(getTranslation("attendance.checkedInAt")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader(getTranslation("attendance.action"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("attendance.list"));
        grid.setEmptyStateText(getTranslation("attendance.none"));
        grid.setHeight("28rem");
        grid.setItems(query -> attendance.entries(conveningId, search.getValue(), query.getOffset(), query.getLimit())
                .stream());
        search.setId("attendance-search");
        search.setLabel(getTranslation("attendance.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        listError.setId("attendance-list-error");
        Section section = PageSection.create("attendance-list-section", getTranslation("attendance.list"));
        section.add(search, listError, grid);
        return section;
    }

    private Button action(Entry entry) {
        boolean in = entry.attendanceId() != null;
        Button button = new Button(getTranslation(in ? "attendance.undo" : "attendance.checkIn",
                entry.name()));
        button.getElement().setAttribute("aria-label", getTranslation(in ? "attendance.undoOf" : "attendance.checkInOf",
                entry.name()));
        button.addThemeVariants(in ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> act(() -> {
            if (in) {
                attendance.undo(entry.attendanceId());
            } else {
                attendance.checkIn(entry.rsvpId());
            }
        }));
        return button;
    }

    private void act(Runnable change) {
        listError.clear();
        try {
            change.run();
        } catch (ValidationError e) {
            listError.show(getTranslation(e.messageKey(), e.params()));
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        AttendanceService.Rollup rollup = attendance.rollup(conveningId);
        summary.setText(getTranslation("attendance.summary", rollup.total(), rollup.organizations()));
        summary.setId("attendance-summary");
        summary.getElement().setAttribute("role", "status");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
