package app.convene.convenings.ui;

import app.convene.convenings.RsvpService;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The cancel link of a confirmation mail: the seat goes to the first waiting. */
@Route(value = "rsvp/cancel/:token", layout = MainLayout.class)
@AnonymousAllowed
class CancelRsvpView extends RsvpLinkPage {

    CancelRsvpView(RsvpService rsvps) {
        super("rsvp.link.cancelTitle", "rsvp.link.cancel", "rsvp-cancel-link-button", rsvps::cancelByLink);
    }
}
