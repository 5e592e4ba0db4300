package app.convene.workgroups.ui;

import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.PagedList;
import app.convene.workgroups.AlreadyDecidedJoinRequestException;
import app.convene.workgroups.JoinRequestView;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The leads' queue of join requests: one card per request, each with its own note field and its own
 * Approve and Decline buttons named with the person's name, so a keyboard reaches them in reading order
 * without selecting a row first. Pages from the database.
 */
class JoinRequestsPanel extends Div {

    private static final int PAGE = 10;

    private final WorkgroupService workgroups;
    private final long workgroupId;
    private final Runnable afterDecision;
    final Paragraph decisionMessage = new Paragraph();
    PagedList<JoinRequestView> list;

    JoinRequestsPanel(WorkgroupService workgroups, long workgroupId, Runnable afterDecision) {
        this.workgroups = workgroups;
        this.workgroupId = workgroupId;
        this.afterDecision = afterDecision;
        addClassName("cv-join-requests");
        decisionMessage.addClassName("cv-form-error");
        decisionMessage.getElement().setAttribute("role", "alert");
        decisionMessage.setVisible(false);
        add(new Paragraph(getTranslation("workgroup.requests.intro")), decisionMessage);
        reload();
    }

    private void reload() {
        if (list != null) {
            remove(list);
        }
        list = new PagedList<>(page -> workgroups.pending(workgroupId, page), this::card, PAGE,
                getTranslation("workgroup.moreRequests"));
        if (list.itemCount() == 0) {
            list.add(new Paragraph(getTranslation("workgroup.noRequests")));
        }
        add(list);
    }

    private Component card(JoinRequestView request) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ConveneI18NProvider.supported(getLocale())).withZone(ZoneId.systemDefault());
        Div card = new Div();
        card.addClassName("cv-request");
        card.add(new H3(request.name()));
        String who = request.organization() == null ? "" : request.organization();
        if (request.sector() != null) {
            who = (who.isEmpty() ? "" : who + " · ") + getTranslation("sector." + request.sector().name());
        }
        if (!who.isEmpty()) {
            card.add(new Paragraph(who));
        }
        if (request.reason() != null && !request.reason().isBlank()) {
            card.add(new Paragraph(getTranslation("workgroup.request.reason", request.reason())));
        }
        card.add(new Paragraph(getTranslation("workgroup.request.asked", format.format(request.requestedAt()))));
        TextArea note = new TextArea(getTranslation("workgroup.decisionNoteFor", request.name()));
        note.setMaxLength(1000);
        note.setWidthFull();
        Button approve = new Button(getTranslation("queue.approve"), click -> decide(request, true, note.getValue()));
        approve.setAriaLabel(getTranslation("workgroup.approveLabel", request.name()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("queue.decline"), click -> decide(request, false, note.getValue()));
        decline.setAriaLabel(getTranslation("workgroup.declineLabel", request.name()));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(approve, decline);
        buttons.addClassName("cv-buttons");
        card.add(note, buttons);
        return card;
    }

    void decide(JoinRequestView request, boolean approving, String note) {
        decisionMessage.setVisible(false);
        try {
            if (approving) {
                workgroups.approve(request.id(), note);
            } else {
                workgroups.decline(request.id(), note);
            }
        } catch (AlreadyDecidedJoinRequestException e) {
            decisionMessage.setText(getTranslation("workgroup.alreadyDecided"));
            decisionMessage.setVisible(true);
            reload();
            return;
        }
        Notification.show(getTranslation(approving ? "workgroup.approved" : "workgroup.declined", request.name()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload();
        afterDecision.run();
    }
}
