package app.convene.convenings.ui;

import app.convene.convenings.RsvpService;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A guest's mailed confirmation link: the RSVP takes a seat or a waitlist place. */
@Route(value = "rsvp/confirm/:token", layout = MainLayout.class)
@AnonymousAllowed
class ConfirmRsvpView extends RsvpLinkPage {

    ConfirmRsvpView(RsvpService rsvps) {
        super("rsvp.link.confirmTitle", "rsvp.link.confirm", "rsvp-confirm-button", rsvps::confirmGuest);
    }
}
