package app.convene.convenings.ui;

import app.convene.convenings.OfficeHourService;
import app.convene.convenings.OfficeHourService.Board;
import app.convene.convenings.OfficeHourService.Slot;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The office-hours part: the slots (paged from the database) in the initiative's time and, when it differs, the
 * reader's; members book a free slot for their organization and cancel their organization's bookings; what is
 * left of their allowance; a link to the management page for whoever manages the convening.
 */
class OfficeHoursPanel extends Section {

    private final OfficeHourService officeHours;
    private final long conveningId;
    private Board board;
    final Grid<Slot> grid = new Grid<>();
    final Paragraph allowance = new Paragraph();
    final Paragraph outcome = new Paragraph();
    final FormError formError = new FormError();
    private final List<Grid.Column<Slot>> columns = new ArrayList<>();

    OfficeHoursPanel(OfficeHourService officeHours, Board board) {
        this.officeHours = officeHours;
        this.conveningId = board.conveningId();
        this.board = board;
        PageSection.titled(this, "office-hours", getTranslation("officeHours.part.title"));
        add(new Paragraph(getTranslation("officeHours.part.intro")));
        allowance.setId("office-hours-allowance");
        add(allowance);
        outcome.setId("office-hours-outcome");
        outcome.getElement().setAttribute("role", "status");
        formError.setId("office-hours-error");
        add(outcome, formError);
        grid();
        add(grid);
        if (board.manager()) {
            Anchor manage = new Anchor("convenings/" + conveningId + "/office-hours",
                    getTranslation("officeHours.part.manage"));
            manage.setId("office-hours-manage");
            add(new Paragraph(manage));
        }
        showAllowance();
        readerZone();
    }

    private void grid() {
        grid.setId("office-hours-slots");
        grid.setAriaLabel(getTranslation("officeHours.part.slots"));
        columns.add(grid.addColumn(s -> ConveningTimes.at(s.startsAt().atZone(board.zone()), getLocale()))
                .setHeader(getTranslation("officeHours.part.when")).setAutoWidth(true));
        columns.add(grid.addColumn(s -> getTranslation("officeHours.part.minutes", s.minutes()))
                .setHeader(getTranslation("officeHours.part.length")).setAutoWidth(true));
        columns.add(grid.addColumn(Slot::expert).setHeader(getTranslation("officeHours.part.expert")).setAutoWidth(true));
        columns.add(grid.addColumn(this::status).setHeader(getTranslation("officeHours.part.status")).setAutoWidth(true));
        columns.add(grid.addComponentColumn(this::action).setKey("action")
                .setHeader(getTranslation("officeHours.part.action")).setAutoWidth(true));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("22rem");
        grid.setItems(query -> officeHours.slots(conveningId, query.getOffset(), query.getLimit()).stream());
    }

    private String status(Slot slot) {
        if (!slot.booked()) {
            return getTranslation("officeHours.part.free");
        }
        return slot.organization() == null ? getTranslation("officeHours.part.booked")
                : getTranslation("officeHours.part.bookedBy", slot.organization());
    }

    private Component action(Slot slot) {
        String when = ConveningTimes.at(slot.startsAt().atZone(board.zone()), getLocale());
        if (slot.mayCancel()) {
            Button cancel = new Button(getTranslation("officeHours.part.cancel"),
                    click -> act(() -> officeHours.cancel(slot.id()), getTranslation("officeHours.part.cancelled")));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            cancel.setAriaLabel(getTranslation("officeHours.part.cancelLabel", when));
            cancel.setId("office-hours-cancel-" + slot.id());
            return cancel;
        }
        if (slot.mayBook()) {
            Button book = new Button(getTranslation("officeHours.part.book"),
                    click -> act(() -> officeHours.book(slot.id()), getTranslation("officeHours.part.done", when)));
            book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            book.setAriaLabel(getTranslation("officeHours.part.bookLabel", when));
            book.setId("office-hours-book-" + slot.id());
            return book;
        }
        return new Span();
    }

    private void act(Runnable change, String done) {
        formError.clear();
        outcome.setText("");
        try {
            change.run();
            outcome.setText(done);
        } catch (ValidationError e) {
            formError.show(getTranslation(e.messageKey(), e.params()));
        }
        board = officeHours.board(conveningId).orElse(board);
        showAllowance();
        grid.getDataProvider().refreshAll();
    }

    private void showAllowance() {
        if (board.organization() != null) {
            allowance.setText(getTranslation("officeHours.part.allowance", board.organization().name(),
                    board.leftMinutes(), board.allowanceMinutes()));
        } else {
            allowance.setText(getTranslation(board.signedIn() ? "officeHours.part.noOrganization"
                    : "officeHours.part.signIn"));
        }
    }

    /** The reader's own time beside the initiative's when their browser's zone differs. */
    private void readerZone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                String id = details.getTimeZoneId();
                ZoneId zone = id == null || id.isBlank() ? null : ZoneId.of(id);
                if (zone != null && !zone.getRules().equals(board.zone().getRules())) {
                    columns.add(1, grid.addColumn(s -> ConveningTimes.at(s.startsAt().atZone(zone), getLocale()))
                            .setHeader(getTranslation("officeHours.part.yourTime")).setAutoWidth(true));
                    grid.setColumnOrder(columns);
                    grid.getDataProvider().refreshAll();
                }
            } catch (DateTimeException ignored) {
                // an unknown zone: the initiative's time stands alone
            }
        });
    }
}
