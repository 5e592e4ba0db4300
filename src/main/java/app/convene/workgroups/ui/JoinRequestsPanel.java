package app.convene.workgroups.ui;

import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PagedList;
import app.convene.workgroups.AlreadyDecidedJoinRequestException;
import app.convene.workgroups.JoinRequestItem;
import app.convene.workgroups.JoinRequestService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The leads' queue of join requests: one card per request, each with its own note field and its own
 * Approve and Decline buttons named with the person's name, so a keyboard reaches them in reading order
 * without selecting a row first. Pages from the database.
 */
class JoinRequestsPanel extends Div {

    private static final int PAGE = 10;

    private final JoinRequestService joinRequests;
    private final DateTimes dates;
    private final long workgroupId;
    private final Runnable afterDecision;
    final FormError decisionMessage = new FormError();
    PagedList<JoinRequestItem> list;

    JoinRequestsPanel(JoinRequestService joinRequests, DateTimes dates, long workgroupId, Runnable afterDecision) {
        this.joinRequests = joinRequests;
        this.dates = dates;
        this.workgroupId = workgroupId;
        this.afterDecision = afterDecision;
        addClassName("cv-join-requests");
        add(new Paragraph(getTranslation("workgroup.requests.intro")), decisionMessage);
        reload();
    }

    private void reload() {
        if (list != null) {
            remove(list);
        }
        list = new PagedList<>(page -> joinRequests.pending(workgroupId, page), this::card, PAGE,
                getTranslation("workgroup.moreRequests"));
        if (list.itemCount() == 0) {
            list.add(new Paragraph(getTranslation("workgroup.noRequests")));
        }
        add(list);
    }

    private Component card(JoinRequestItem request) {
        Div card = new Div();
        card.addClassName("cv-request");
        card.add(new H2(request.name()));
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
        card.add(new Paragraph(getTranslation("workgroup.request.asked", dates.date(request.requestedAt(), getLocale()))));
        TextArea note = new TextArea(getTranslation("workgroup.decisionNoteFor", request.name()));
        note.setMaxLength(1000);
        note.setWidthFull();
        Button approve = new Button(getTranslation("common.approve"), click -> decide(request, true, note.getValue()));
        approve.setAriaLabel(getTranslation("workgroup.approveLabel", request.name()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("common.decline"), click -> decide(request, false, note.getValue()));
        decline.setAriaLabel(getTranslation("workgroup.declineLabel", request.name()));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(approve, decline);
        buttons.addClassName("cv-buttons");
        card.add(note, buttons);
        return card;
    }

    void decide(JoinRequestItem request, boolean approving, String note) {
        decisionMessage.clear();
        try {
            if (approving) {
                joinRequests.approve(request.id(), note);
            } else {
                joinRequests.decline(request.id(), note);
            }
        } catch (AlreadyDecidedJoinRequestException e) {
            decisionMessage.show(getTranslation("workgroup.alreadyDecided"));
            reload();
            return;
        }
        Notices.success(getTranslation(approving ? "workgroup.approved" : "workgroup.declined", request.name()));
        reload();
        afterDecision.run();
    }
}
