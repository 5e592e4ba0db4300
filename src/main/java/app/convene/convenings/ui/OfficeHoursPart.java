package app.convene.convenings.ui;

import app.convene.convenings.OfficeHourService;
import java.util.Optional;

/** The convening page's office-hours part (for OFFICE_HOURS convenings): slots, booking and cancelling. */
@org.springframework.stereotype.Component
class OfficeHoursPart implements ConveningPart {

    private final OfficeHourService officeHours;

    OfficeHoursPart(OfficeHourService officeHours) {
        this.officeHours = officeHours;
    }

    @Override
    public int order() {
        return OFFICE_HOURS;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long conveningId) {
        return officeHours.board(conveningId).map(board -> new OfficeHoursPanel(officeHours, board));
    }
}
