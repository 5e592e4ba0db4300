package app.convene.convenings.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * One part of a convening's page (details, agenda, RSVP, calendar…), contributed as a Spring bean by the
 * piece of the module that owns it; the page shows the parts in {@link #order()} for the reader, each
 * checking through its service what the reader may see.
 */
interface ConveningPart {

    int DETAILS = 100;
    int AGENDA = 200;
    int RSVP = 300;
    int OFFICE_HOURS = 350;
    int CALENDAR = 400;
    int MINUTES = 500;

    int order();

    /** The part for this convening, or nothing when the reader has nothing to see in it. */
    Optional<Component> create(long conveningId);
}
