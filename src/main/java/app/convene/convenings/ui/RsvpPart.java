package app.convene.convenings.ui;

import app.convene.convenings.RsvpService;
import java.util.Optional;

/** The convening page's RSVP part: one click for members, the guest form for visitors. */
@org.springframework.stereotype.Component
class RsvpPart implements ConveningPart {

    private final RsvpService rsvps;

    RsvpPart(RsvpService rsvps) {
        this.rsvps = rsvps;
    }

    @Override
    public int order() {
        return RSVP;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long conveningId) {
        return rsvps.reader(conveningId).map(reader -> new RsvpPanel(rsvps, conveningId));
    }
}
