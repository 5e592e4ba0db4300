package app.convene.convenings.ui;

import app.convene.convenings.ConveningAccess;
import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningService;
import app.convene.convenings.MinutesActions;
import app.convene.convenings.MinutesService;
import app.convene.convenings.MinutesService.Minutes;
import app.convene.convenings.MinutesStatus;
import app.convene.convenings.internal.MinutesQueries.CommentRow;
import app.convene.convenings.internal.MinutesQueries.VersionRow;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.RouteIds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.function.LongSupplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The minutes of a convening: the host writes them and sends them for review, the attendees comment, the chair
 * approves; every approved version stays readable. "Not found" to whoever may not see the convening; visitors of
 * a public convening read the approved versions only. An edit someone else overtook is refused, the text kept.
 */
@Route(value = "convenings/:id/minutes", layout = MainLayout.class)
@AnonymousAllowed
class MinutesView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final MinutesService minutes;
    private final MinutesActions actions;
    private final ConveningService convenings;
    private final ConveningAccess access;
    private final DateTimes dates;
    final TextArea text = new TextArea();
    final TextArea comment = new TextArea();
    final Button save = new Button();
    final Button sendForReview = new Button();
    final Button approve = new Button();
    final Button correct = new Button();
    final Button addComment = new Button();
    final FormError formError = new FormError();
    final Paragraph status = new Paragraph();
    private ConveningItem convening;
    private Minutes current;

    MinutesView(MinutesService minutes, MinutesActions actions, ConveningService convenings, ConveningAccess access,
                DateTimes dates) {
        this.minutes = minutes;
        this.actions = actions;
        this.convenings = convenings;
        this.access = access;
        this.dates = dates;
        addClassName("cv-page");
        formError.setId("minutes-error");
        status.setId("minutes-status");
        status.getElement().setAttribute("role", "status");
        FieldErrors.manual(text, comment);
        save.addClickListener(e -> act(() -> minutes.save(convening.id(), current.version(), text.getValue()), "minutes.saved"));
        sendForReview.addClickListener(e -> act(() -> minutes.sendForReview(convening.id(), current.version()),
                "minutes.sent"));
        approve.addClickListener(e -> act(() -> minutes.approve(convening.id(), current.version()), "minutes.approved"));
        correct.addClickListener(e -> act(() -> minutes.correct(convening.id(), current.version()), "minutes.correcting"));
        addComment.addClickListener(e -> act(() -> minutes.comment(convening.id(), comment.getValue()), "minutes.commented"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        convening = null;
        removeAll();
        long id = RouteIds.id(event, "id").orElse(0L);
        if (id == 0 || !access.maySee(id)) {
            event.rerouteToError(NotFoundException.class, getTranslation("convening.notFound"));
            return;
        }
        convening = convenings.get(id);
        status.setText("");
        render();
    }

    private void render() {
        removeAll();
        current = minutes.minutes(convening.id());
        Nav breadcrumb = new Nav(new Anchor("convenings/" + convening.id(), convening.title()));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        add(breadcrumb, new H1(getTranslation("minutes.pageTitle", convening.title())), status, formError);
        if (current.rights().readDraft() && current.status() != MinutesStatus.APPROVED) {
            add(working());
        }
        if (!current.comments().isEmpty() || current.rights().comment()) {
            add(comments());
        }
        boolean host = current.rights().edit() || current.rights().correct();
        if (host || !current.actions().isEmpty()) {
            add(new MinutesActionsPanel(actions, convening.id(), current.actions(), current.rights().edit(), host,
                    dates, this::render));
        }
        add(versions());
    }

    /** The text being written or reviewed, editable by the host. */
    private Section working() {
        Section section = PageSection.create("minutes-working", getTranslation(current.status() == null ? "minutes.none"
                : "minutes.state." + current.status().name()));
        if (current.rights().edit()) {
            text.setLabel(getTranslation("minutes.text"));
            text.setHelperText(getTranslation("minutes.textHelp"));
            text.setMaxLength(50_000);
            text.setWidthFull();
            text.setMinHeight("16rem");
            text.setValue(current.markdown() == null ? "" : current.markdown());
            section.add(text);
        } else if (current.markdown() != null) {
            section.add(new MarkdownView(current.markdown()));
        }
        save.setText(getTranslation("minutes.save"));
        sendForReview.setText(getTranslation("minutes.sendForReview"));
        approve.setText(getTranslation("minutes.approve"));
        correct.setText(getTranslation("minutes.correct"));
        save.setVisible(current.rights().edit());
        sendForReview.setVisible(current.rights().sendForReview());
        approve.setVisible(current.rights().approve());
        section.add(new HorizontalLayout(save, sendForReview, approve));
        return section;
    }

    private Section comments() {
        Section section = PageSection.create("minutes-comments", getTranslation("minutes.comments"));
        for (CommentRow row : current.comments()) {
            Article article = new Article(new Paragraph(getTranslation("minutes.commentBy", row.author(),
                    dates.dateTime(row.createdAt(), getLocale()))), new Paragraph(row.body()));
            article.addClassName("cv-minutes-comment");
            section.add(article);
        }
        if (current.rights().comment()) {
            comment.setLabel(getTranslation("minutes.comment"));
            comment.setMaxLength(4_000);
            comment.setWidthFull();
            addComment.setText(getTranslation("minutes.addComment"));
            section.add(comment, addComment);
        }
        return section;
    }

    /** Every approved version, newest first. */
    private Section versions() {
        Section section = PageSection.create("minutes-versions", getTranslation("minutes.versions"));
        if (current.versions().isEmpty()) {
            section.add(new Paragraph(getTranslation("minutes.noneApproved")));
        }
        for (VersionRow version : current.versions()) {
            Article article = new Article(new H3(getTranslation("minutes.version", version.number())),
                    MinutesPart.approval(this, getLocale(), version, dates), new MarkdownView(version.markdown()));
            article.setId("minutes-version-" + version.number());
            section.add(article);
        }
        correct.setText(getTranslation("minutes.correct"));
        correct.setVisible(current.rights().correct());
        section.add(correct);
        return section;
    }

    private void act(LongSupplier change, String doneKey) {
        FieldErrors.clear(text, comment);
        formError.clear();
        try {
            change.getAsLong();
        } catch (ValidationError e) {
            String message = getTranslation(e.messageKey(), e.params());
            switch (e.field() == null ? "" : e.field()) {
                case "markdown" -> FieldErrors.show(text, message);
                case "comment" -> FieldErrors.show(comment, message);
                default -> formError.show(message);
            }
            return;
        } catch (OptimisticLockingFailureException e) {
            formError.show(getTranslation("minutes.error.conflict"));
            return;
        }
        comment.clear();
        render();
        status.setText(getTranslation(doneKey));
    }

    @Override
    public Long initiativeId() {
        return convening == null ? null : convening.initiativeId();
    }

    @Override
    public String getPageTitle() {
        return (convening == null ? "" : getTranslation("minutes.pageTitle", convening.title()) + " · ")
                + getTranslation("app.name");
    }
}
