package app.convene.workgroups.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.WorkgroupRoles;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.Notices;
import app.convene.workgroups.JoinRequestService;
import app.convene.workgroups.WorkgroupDetails;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupUnavailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * Where the viewer stands with the workgroup: sign in to join, leave, withdraw a waiting request, join
 * the initiative first, or the form to ask to join (a reason, checked by the binder).
 */
class JoinBox extends Div {

    /** The join form's content. */
    static final class JoinForm {
        private String reason = "";

        String getReason() {
            return reason;
        }

        void setReason(String reason) {
            this.reason = reason;
        }
    }

    private final JoinRequestService joinRequests;
    private final WorkgroupDetails workgroup;
    private final Runnable changed;
    private final Binder<JoinForm> binder = new Binder<>();
    final TextArea reason = new TextArea();
    final Button askToJoin = new Button();
    final FormError joinMessage = new FormError();

    JoinBox(WorkgroupService workgroups, JoinRequestService joinRequests, Authorization authorization,
            WorkgroupDetails workgroup, InitiativeContext initiative, Runnable changed) {
        this.joinRequests = joinRequests;
        this.workgroup = workgroup;
        this.changed = changed;
        addClassName("cv-detail");
        if (authorization.currentActor().isEmpty()) {
            if (workgroup.accepting()) {
                Anchor signIn = new Anchor("/oauth2/authorization/keycloak", getTranslation("workgroup.signInToJoin"));
                signIn.setRouterIgnore(true);
                add(signIn);
            } else {
                removeClassName("cv-detail");
            }
        } else if (workgroup.myRole() != null) {
            add(new Paragraph(getTranslation(workgroup.myRole() == WorkgroupRoles.Role.LEAD
                    ? "workgroup.youLead" : "workgroup.youBelong")), tertiary("workgroup.leave", () -> workgroups.leave(workgroup.id())));
        } else if (workgroup.myRequestId() != null) {
            add(new Paragraph(getTranslation("workgroup.requestWaiting")),
                    tertiary("workgroup.withdraw", () -> joinRequests.withdraw(workgroup.myRequestId())));
        } else if (!authorization.can(Action.REQUEST_TO_JOIN_WORKGROUP, workgroup.initiativeId())) {
            add(new Paragraph(getTranslation("workgroup.joinInitiativeFirst")),
                    new Anchor(initiative.path("join"), getTranslation("initiative.join")));
        } else if (workgroup.accepting()) {
            askForm();
        } else {
            removeClassName("cv-detail");
        }
    }

    private Button tertiary(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            action.run();
            changed.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void askForm() {
        reason.setLabel(getTranslation("workgroup.reason"));
        reason.setHelperText(getTranslation("workgroup.reason.help"));
        reason.setMaxLength(JoinRequestService.REASON_MAX);
        reason.setWidthFull();
        String tooLong = getTranslation("workgroup.error.reason", JoinRequestService.REASON_MAX);
        reason.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong));
        binder.forField(reason)
                .withValidator(text -> text == null || text.strip().length() <= JoinRequestService.REASON_MAX,
                        tooLong)
                .bind(JoinForm::getReason, JoinForm::setReason);
        binder.setBean(new JoinForm());
        askToJoin.setText(getTranslation("workgroup.askToJoin"));
        askToJoin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        askToJoin.addClickListener(click -> ask());
        add(new H2(getTranslation("workgroup.askToJoin")), reason, joinMessage, askToJoin);
    }

    void ask() {
        joinMessage.clear();
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            joinRequests.requestToJoin(workgroup.id(), binder.getBean().getReason());
        } catch (WorkgroupUnavailableException e) {
            joinMessage.show(getTranslation("workgroup.unavailable." + e.reason()));
            return;
        } catch (ValidationError e) {
            FieldErrors.show(reason, getTranslation(e.messageKey(), e.params()));
            return;
        }
        Notices.success(getTranslation("workgroup.requestSent"));
        changed.run();
    }
}
