package app.convene.convenings.ui;

import app.convene.convenings.AttendanceService;
import app.convene.convenings.RsvpRoster;
import app.convene.convenings.internal.RsvpListQueries.Mine;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.GridLinks;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** "My convenings": what the signed-in person RSVP'd to (confirmed or waiting), newest first, paged. */
@Route(value = "my/convenings", layout = MainLayout.class)
@PermitAll
class MyConveningsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RsvpRoster roster;
    private final AttendanceService attendance;
    private final DateTimes dateTimes;
    final Grid<Mine> grid = new Grid<>();

    MyConveningsView(RsvpRoster roster, DateTimes dateTimes, AttendanceService attendance) {
        this.roster = roster;
        this.attendance = attendance;
        this.dateTimes = dateTimes;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        grid.removeAllColumns();
        grid.setId("my-convenings");
        grid.addColumn(m -> dateTimes.dateTime(m.startsAt(), getLocale())).setHeader(getTranslation("rsvp.mine.when"))
                .setAutoWidth(true);
        grid.addColumn(GridLinks.<Mine>of(m -> "convenings/" + m.conveningId(), Mine::title))
                .setHeader(getTranslation("rsvp.mine.convening"));
        grid.addColumn(m -> getTranslation("rsvp.status." + m.status())
                + (m.waitlistPosition() == null ? "" : " (" + m.waitlistPosition() + ")"))
                .setHeader(getTranslation("rsvp.mine.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("rsvp.mine.title"));
        grid.setEmptyStateText(getTranslation("rsvp.mine.none"));
        grid.setItems(query -> roster.mine(query.getOffset(), query.getLimit()).stream());
        Paragraph attended = new Paragraph(getTranslation("attendance.mine", attendance.attendedByMe()));
        attended.setId("my-attendance");
        add(new H1(getTranslation("rsvp.mine.title")), attended, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rsvp.mine.title") + " · " + getTranslation("app.name");
    }
}
