package app.convene.convenings.ui;

import app.convene.convenings.RsvpService;
import app.convene.convenings.RsvpService.GuestRsvp;
import app.convene.convenings.RsvpService.MyRsvp;
import app.convene.convenings.RsvpService.Reader;
import app.convene.convenings.RsvpStatus;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What the reader sees of their RSVP: members RSVP in one click (or to the series) and cancel; they
 * see where they stand and, once confirmed, the online link. Visitors ask for a seat with name,
 * email and organization and confirm from their mailbox.
 */
class RsvpPanel extends Section {

    private final RsvpService rsvps;
    private final long conveningId;
    final FormError formError = new FormError();
    final Button rsvp = new Button();
    final Button series = new Button();
    final Button cancel = new Button();
    final TextField guestName = new TextField();
    final EmailField guestEmail = new EmailField();
    final TextField guestOrganization = new TextField();
    final Button send = new Button();
    private final H2 title = new H2();
    NeedsFields needs;

    RsvpPanel(RsvpService rsvps, long conveningId) {
        this.rsvps = rsvps;
        this.conveningId = conveningId;
        setId("rsvp-part");
        addClassName("cv-rsvp");
        title.setText(getTranslation("rsvp.part.title"));
        title.setId("rsvp-title");
        getElement().setAttribute("aria-labelledby", "rsvp-title");
        rsvp.setId("rsvp-button");
        rsvp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rsvp.addClickListener(click -> take(false));
        series.setId("rsvp-series-button");
        series.addClickListener(click -> take(true));
        cancel.setId("rsvp-cancel-button");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> act(() -> rsvps.cancel(conveningId)));
        send.setId("rsvp-guest-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> askAsGuest());
        render();
    }

    private void render() {
        removeAll();
        add(title);
        Reader reader = rsvps.reader(conveningId).orElseThrow();
        formError.setId("rsvp-error");
        add(formError);
        if (reader.mine().isPresent()) {
            showMine(reader.mine().get());
        } else if (reader.accepting() && reader.signedIn()) {
            needs = new NeedsFields("rsvp");
            rsvp.setText(getTranslation("rsvp.part.rsvp"));
            series.setText(getTranslation("rsvp.part.series"));
            add(needs, rsvp);
            if (reader.inSeries()) {
                add(series);
            }
        } else if (reader.accepting()) {
            guestForm();
        } else if (reader.archived()) {
            Paragraph closed = new Paragraph(getTranslation("rsvp.error.archived"));
            closed.setId("rsvp-archived");
            add(closed);
        }
        if (reader.organizer()) {
            Anchor organize = new Anchor("convenings/" + conveningId + "/organize", getTranslation("rsvp.organize.link"));
            organize.setId("rsvp-organize-link");
            add(new Paragraph(organize));
        }
    }

    private void showMine(MyRsvp mine) {
        Paragraph status = new Paragraph(getTranslation("rsvp.part.status",
                getTranslation("rsvp.status." + mine.status().name())));
        status.setId("rsvp-status");
        status.getElement().setAttribute("role", "status");
        add(status);
        if (mine.status() == RsvpStatus.WAITLISTED) {
            Paragraph rank = new Paragraph(getTranslation("rsvp.part.rank", mine.waitlistRank()));
            rank.setId("rsvp-rank");
            add(rank);
        }
        if (mine.onlineLink() != null) {
            Anchor online = new Anchor(mine.onlineLink(), getTranslation("rsvp.part.online"));
            online.setId("rsvp-online-link");
            add(new Paragraph(online));
        }
        cancel.setText(getTranslation("rsvp.part.cancel"));
        add(cancel);
    }

    private void guestForm() {
        H3 heading = new H3(getTranslation("rsvp.guest.title"));
        guestName.setLabel(getTranslation("rsvp.guest.name"));
        guestName.setId("rsvp-guest-name");
        guestName.setRequiredIndicatorVisible(true);
        guestName.setMaxLength(200);
        guestEmail.setLabel(getTranslation("rsvp.guest.email"));
        guestEmail.setId("rsvp-guest-email");
        guestEmail.setRequiredIndicatorVisible(true);
        guestOrganization.setLabel(getTranslation("rsvp.guest.organization"));
        guestOrganization.setId("rsvp-guest-organization");
        guestOrganization.setMaxLength(300);
        FieldErrors.manual(guestName, guestEmail, guestOrganization);
        needs = new NeedsFields("rsvp-guest");
        send.setText(getTranslation("rsvp.guest.send"));
        add(heading, guestName, guestEmail, guestOrganization, needs, send);
    }

    private void take(boolean wholeSeries) {
        act(() -> rsvps.rsvp(conveningId, wholeSeries, needs.value()));
    }

    private void askAsGuest() {
        FieldErrors.clear(guestName, guestEmail, guestOrganization);
        formError.clear();
        try {
            rsvps.requestAsGuest(conveningId, new GuestRsvp(guestName.getValue(), guestEmail.getValue(),
                    guestOrganization.getValue(), needs.value(), getLocale()));
        } catch (ValidationError e) {
            String message = getTranslation(e.messageKey(), e.params());
            switch (e.field() == null ? "" : e.field()) {
                case "name" -> FieldErrors.show(guestName, message);
                case "email" -> FieldErrors.show(guestEmail, message);
                case "organization" -> FieldErrors.show(guestOrganization, message);
                default -> formError.show(message);
            }
            return;
        }
        String mailbox = guestEmail.getValue();
        render();
        Paragraph sent = new Paragraph(getTranslation("rsvp.guest.sent", mailbox));
        sent.setId("rsvp-guest-sent");
        sent.getElement().setAttribute("role", "status");
        add(sent);
    }

    private void act(Runnable change) {
        formError.clear();
        try {
            change.run();
        } catch (ValidationError e) {
            formError.show(getTranslation(e.messageKey(), e.params()));
            return;
        }
        render();
    }
}
