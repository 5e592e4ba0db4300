package app.convene.recommendations.ui;

import app.convene.recommendations.DecisionResponse;
import app.convene.recommendations.DecisionService;
import app.convene.recommendations.RecommendationStatus;
import app.convene.recommendations.RoundItem;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.PersonNames;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The decision part of a recommendation's page: rounds with their rule and responses; coordinators
 * open, close, resolve objections, publish and withdraw; committee members respond.
 */
class DecisionPanel extends Div {

    private final DecisionService decisions;
    private final Moments moments;
    private final Runnable changed;
    private long recommendationId;
    private boolean runs;
    private boolean responds;

    final DateTimePicker closesAt = new DateTimePicker();
    final Select<String> quorum = new Select<>();
    final Checkbox objectionBlocks = new Checkbox();
    final Button openRound = new Button();
    final RadioButtonGroup<DecisionResponse> response = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button respond = new Button();
    final Button closeNow = new Button();
    final Button publish = new Button();
    final Button withdraw = new Button();
    final TextArea withdrawReason = new TextArea();
    final FormError message = new FormError();
    private Long openRoundId;

    /** The open-round form (public: the binder builds it by reflection). */
    public record Round(LocalDateTime closesAt, String quorum, Boolean objectionBlocks) {
    }

    private final Binder<Round> roundForm = new Binder<>(Round.class);

    DecisionPanel(DecisionService decisions, Moments moments, Runnable changed) {
        this.decisions = decisions;
        this.moments = moments;
        this.changed = changed;
        addClassName("cv-decisions");
        roundForm.forField(closesAt).asRequired(getTranslation("decision.error.closesInPast")).bind("closesAt");
        roundForm.forField(quorum).asRequired(getTranslation("decision.error.quorum")).bind("quorum");
        roundForm.forField(objectionBlocks).bind("objectionBlocks");
        openRound.addClickListener(click -> openRound());
        respond.addClickListener(click -> attempt(() -> decisions.respond(openRoundId, response.getValue(), reason.getValue())));
        closeNow.addClickListener(click -> confirm("decision.confirm.closeNow", () -> decisions.closeNow(openRoundId)));
        publish.addClickListener(click -> confirm("decision.confirm.publish", () -> decisions.publish(recommendationId)));
        withdraw.addClickListener(click -> confirm("decision.confirm.withdraw",
                () -> decisions.withdraw(recommendationId, withdrawReason.getValue())));
        response.setItems(DecisionResponse.values());
        response.setItemLabelGenerator(r -> getTranslation("decision.response." + r.name()));
        quorum.setItems("1/2", "2/3", "3/4", "1/1");
    }

    void show(long recommendationId, RecommendationStatus status, boolean runs, boolean responds) {
        this.recommendationId = recommendationId;
        this.runs = runs;
        this.responds = responds;
        render(status);
    }

    private void render(RecommendationStatus status) {
        removeAll();
        List<RoundItem> rounds = decisions.rounds(recommendationId);
        openRoundId = rounds.stream().filter(r -> r.state() == RoundItem.State.OPEN).map(RoundItem::id).findFirst()
                .orElse(null);
        message.clear();
        add(message);
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("decision.none")));
        }
        for (RoundItem round : rounds) {
            add(round(round));
        }
        boolean finalStatus = status == RecommendationStatus.PUBLISHED || status == RecommendationStatus.WITHDRAWN;
        if (runs && status == RecommendationStatus.PUBLISHED) {
            add(withdrawForm());
        }
        boolean inElectorate = openRoundId != null && responds && decisions.mayRespond(openRoundId);
        if (openRoundId != null && responds && !inElectorate) {
            add(new Paragraph(getTranslation("decision.notInElectorate")));
        }
        if (inElectorate) {
            response.setLabel(getTranslation("decision.yourResponse"));
            response.clear();
            reason.setLabel(getTranslation("decision.reason"));
            reason.setHelperText(getTranslation("decision.reason.help"));
            respond.setText(getTranslation("decision.respond"));
            respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(new H3(getTranslation("decision.yourResponse")), response, reason, respond));
        }
        if (runs && !finalStatus) {
            if (openRoundId == null) {
                closesAt.setLabel(getTranslation("decision.closesAt"));
                quorum.setLabel(getTranslation("decision.quorum"));
                objectionBlocks.setLabel(getTranslation("decision.objectionBlocks"));
                roundForm.readRecord(new Round(moments.daysFromNow(7), "2/3", true));
                openRound.setText(getTranslation("decision.open"));
                Div form = new Div(closesAt, quorum, objectionBlocks, openRound);
                form.addClassName("cv-inline-form");
                add(form);
            } else {
                closeNow.setText(getTranslation("decision.closeNow"));
                add(new Div(closeNow));
            }
            Div actions = new Div();
            if (status == RecommendationStatus.APPROVED) {
                publish.setText(getTranslation("decision.publish"));
                publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                actions.add(publish);
            }
            add(actions, withdrawForm());
        }
    }

    /** Withdrawing needs a reason; members see it on the recommendation's page. */
    private Div withdrawForm() {
        withdrawReason.setLabel(getTranslation("decision.withdrawReason"));
        withdrawReason.setHelperText(getTranslation("decision.withdrawReason.help"));
        withdrawReason.setMaxLength(2000);
        withdraw.setText(getTranslation("decision.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div form = new Div(withdrawReason, withdraw);
        form.addClassName("cv-inline-form");
        return form;
    }

    /** Asks before something that cannot be undone; cancelling changes nothing. */
    private void confirm(String key, Runnable work) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(key + ".title"), getTranslation(key + ".text"),
                getTranslation(key + ".ok"), confirmed -> attempt(work));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("decision.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Div round(RoundItem round) {
        Div box = new Div();
        box.addClassName("cv-round");
        String state = round.state() == RoundItem.State.CLOSED
                ? getTranslation("recommendation.status." + round.result().name())
                : getTranslation("decision.state." + round.state().name());
        box.add(new H3(getTranslation("decision.round", round.revisionNumber(), state)));
        box.add(new Paragraph(getTranslation("decision.rule", round.quorumNumerator() + "/" + round.quorumDenominator(),
                round.quorum(), round.eligible(), round.countedResponses().size(),
                getTranslation(round.objectionBlocks() ? "decision.rule.blocks" : "decision.rule.noBlock"))));
        if (!round.electorate().isEmpty()) {
            Paragraph electorate = new Paragraph(getTranslation("decision.electorate", String.join(", ", round.electorate()
                    .stream().map(v -> v.counted() ? PersonNames.shown(this, v.name())
                            : getTranslation("decision.electorate.left", PersonNames.shown(this, v.name())))
                    .toList())));
            electorate.addClassName("cv-electorate");
            box.add(electorate);
        }
        UnorderedList list = new UnorderedList();
        for (RoundItem.Response r : round.responses()) {
            ListItem item = new ListItem(PersonNames.shown(this, r.name()) + " · "
                    + getTranslation("decision.response." + r.response().name())
                    + (r.reason() == null ? "" : " · " + r.reason()) + (!r.resolved() ? "" : " · " + (r.resolvedBy() == null
                    ? getTranslation("decision.resolved") + " " + r.resolution()
                    : getTranslation("decision.resolvedBy", PersonNames.shown(this, r.resolvedBy()), r.resolution()))));
            if (runs && round.state() == RoundItem.State.OPEN && r.response() == DecisionResponse.OBJECTION && !r.resolved()) {
                TextField note = new TextField(getTranslation("decision.resolution"));
                Button resolve = new Button(getTranslation("decision.resolve"),
                        click -> attempt(() -> decisions.resolveObjection(round.id(), r.personId(), note.getValue()), note));
                item.add(new Div(note, resolve));
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private void openRound() {
        Round round;
        try {
            round = roundForm.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows the messages by the fields
        }
        String[] fraction = round.quorum().split("/");
        attempt(() -> decisions.open(recommendationId, moments.instant(round.closesAt()), Integer.parseInt(fraction[0]),
                Integer.parseInt(fraction[1]), Boolean.TRUE.equals(round.objectionBlocks())));
    }

    private void attempt(Runnable work) {
        attempt(work, null);
    }

    private void attempt(Runnable work, HasValidation fieldHint) {
        reason.setInvalid(false);
        closesAt.setInvalid(false);
        quorum.setInvalid(false);
        withdrawReason.setInvalid(false);
        message.clear();
        try {
            work.run();
        } catch (ValidationError e) {
            HasValidation field = switch (e.field()) {
                case "reason" -> reason;
                case "closesAt" -> closesAt;
                case "quorum" -> quorum;
                case "response" -> response;
                case "resolution" -> fieldHint;
                case "withdrawReason" -> withdrawReason;
                default -> null;
            };
            if (field != null) {
                FieldErrors.show(field, getTranslation(e.messageKey(), e.params()));
            } else {
                message.show(getTranslation(e.messageKey(), e.params()));
            }
            return;
        }
        changed.run();
    }
}
