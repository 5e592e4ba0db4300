package app.convene.convenings.ui;

import app.convene.convenings.AttendanceService;
import app.convene.convenings.RsvpRoster;
import app.convene.convenings.internal.RsvpListQueries.Entry;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;

/**
 * The organizers' page of a convening: RSVPs and the waitlist (paged from the database) and the
 * accommodations' roll-up, counts per need and who needs what. Nobody else sees it ("not found").
 */
@Route(value = "convenings/:id/organize", layout = MainLayout.class)
@PermitAll
class OrganizeConveningView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RsvpRoster roster;
    private final AttendanceService attendance;
    final Grid<Entry> grid = new Grid<>();
    private String title = "";

    OrganizeConveningView(RsvpRoster roster, AttendanceService attendance) {
        this.roster = roster;
        this.attendance = attendance;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf);
        Optional<String> found = id.flatMap(roster::titleForOrganizers);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long conveningId = id.get();
        title = getTranslation("rsvp.organize.title", found.get());
        add(new H1(title), rsvps(conveningId), accommodations(conveningId), new AttendanceRollup(attendance, conveningId));
    }

    private Section rsvps(long conveningId) {
        grid.removeAllColumns();
        grid.setId("organize-rsvps");
        grid.addColumn(Entry::name).setHeader(getTranslation("rsvp.organize.name")).setAutoWidth(true);
        grid.addColumn(Entry::email).setHeader(getTranslation("rsvp.organize.email")).setAutoWidth(true);
        grid.addColumn(e -> e.organization() == null ? "" : e.organization())
                .setHeader(getTranslation("rsvp.organize.organization")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("rsvp.status." + e.status())).setHeader(getTranslation("rsvp.organize.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.waitlistPosition() == null ? "" : e.waitlistPosition().toString())
                .setHeader(getTranslation("rsvp.organize.position")).setAutoWidth(true);
        grid.addColumn(e -> needs(e.needs())).setHeader(getTranslation("rsvp.organize.needs"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("rsvp.organize.rsvps"));
        grid.setHeight("24rem");
        grid.setItems(query -> roster.entries(conveningId, query.getOffset(), query.getLimit()).stream());
        Section section = PageSection.create("organize-rsvps-section", getTranslation("rsvp.organize.rsvps"));
        section.add(grid);
        return section;
    }

    private Section accommodations(long conveningId) {
        Section section = PageSection.create("organize-accommodations", getTranslation("rsvp.organize.accommodations"));
        Map<String, Integer> counts = roster.accommodationCounts(conveningId);
        if (counts.isEmpty()) {
            section.add(new Paragraph(getTranslation("rsvp.organize.noNeeds")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("organize-accommodation-counts");
        counts.forEach((need, count) -> list.add(new ListItem(getTranslation("rsvp.organize.count",
                getTranslation("accommodation." + need), count))));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** "Interpretation: Spanish; Wheelchair access": each need in the reader's language, with its detail. */
    private String needs(java.util.Map<String, String> needs) {
        return needs.entrySet().stream().map(need -> {
            String label = getTranslation("accommodation." + need.getKey());
            return need.getValue().isBlank() ? label : label + ": " + need.getValue();
        }).collect(java.util.stream.Collectors.joining("; "));
    }
}
