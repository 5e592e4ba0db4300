package app.convene.recommendations.ui;

import app.convene.recommendations.CommentService;
import app.convene.recommendations.CommentThread;
import app.convene.recommendations.Paragraphs;
import app.convene.recommendations.RevisionItem;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PersonNames;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;

/** Comment threads on a recommendation's paragraphs, the form to add one and the public-comment window. */
class CommentsPanel extends Div {

    private final CommentService comments;
    private final Moments moments;
    private long recommendationId;
    private RevisionItem latest;
    private boolean runs;
    /** The latest revision's paragraphs; the paragraph picker's labels read them when it renders. */
    private List<String> paragraphs = List.of();

    final Select<Integer> paragraph = new Select<>();
    final TextArea text = new TextArea();
    final Button add = new Button();
    final DateTimePicker publicUntil = new DateTimePicker();
    final Button openPublic = new Button();
    final Button closePublic = new Button();

    /** The new-comment form (public: the binder builds it by reflection). */
    public record NewComment(Integer paragraph, String text) {
    }

    private final Binder<NewComment> commentForm = new Binder<>(NewComment.class);

    CommentsPanel(CommentService comments, Moments moments) {
        this.comments = comments;
        this.moments = moments;
        addClassName("cv-comments");
        commentForm.forField(paragraph).bind("paragraph");
        commentForm.forField(text).asRequired(getTranslation("recommendations.error.required")).bind("text");
        add.addClickListener(click -> addComment());
        openPublic.addClickListener(click -> attempt(() -> comments.openPublicComment(recommendationId,
                moments.instant(publicUntil.getValue())),
                publicUntil));
        closePublic.addClickListener(click -> attempt(() -> comments.closePublicComment(recommendationId), null));
        paragraph.setItemLabelGenerator(i -> i < paragraphs.size()
                ? getTranslation("comment.paragraph.item", i + 1, clip(paragraphs.get(i))) : "¶" + (i + 1));
    }

    void show(long recommendationId, RevisionItem latest, boolean runs) {
        this.recommendationId = recommendationId;
        this.latest = latest;
        this.runs = runs;
        render();
    }

    private void render() {
        removeAll();
        var until = comments.publicCommentUntil(recommendationId);
        add(new Paragraph(until.map(u -> getTranslation("comment.publicOpen", format(u)))
                .orElseGet(() -> getTranslation("comment.publicClosed"))));
        if (runs) {
            if (until.isPresent()) {
                closePublic.setText(getTranslation("comment.closePublic"));
                add(new Div(closePublic));
            } else {
                publicUntil.setLabel(getTranslation("comment.publicUntil"));
                publicUntil.setValue(moments.daysFromNow(14));
                openPublic.setText(getTranslation("comment.openPublic"));
                Div form = new Div(publicUntil, openPublic);
                form.addClassName("cv-inline-form");
                add(form);
            }
        }
        List<CommentThread> threads = comments.threads(recommendationId);
        if (threads.isEmpty()) {
            add(new Paragraph(getTranslation("comment.none")));
        }
        boolean mayComment = comments.mayCommentNow(recommendationId);
        for (CommentThread thread : threads) {
            add(thread(thread, mayComment));
        }
        paragraphs = latest == null ? List.of() : Paragraphs.of(latest.body());
        if (mayComment && !paragraphs.isEmpty()) {
            paragraph.setLabel(getTranslation("comment.paragraph"));
            paragraph.setItems(IntStream.range(0, paragraphs.size()).boxed().toList());
            paragraph.setValue(0);
            text.setLabel(getTranslation("comment.text"));
            text.setMaxLength(4000);
            add.setText(getTranslation("comment.add"));
            add(new Div(paragraph, text, add));
        }
    }

    private Div thread(CommentThread thread, boolean mayComment) {
        Div box = new Div();
        box.addClassName("cv-thread");
        if (thread.outdated()) {
            box.addClassName("cv-thread-outdated");
            box.add(new Paragraph(getTranslation("comment.outdated")));
        } else {
            box.add(new Paragraph(getTranslation("comment.on", thread.paragraph() + 1, thread.revisionNumber())));
        }
        Div quote = new Div();
        quote.getElement().appendChild(new Element("blockquote").setText(thread.quote()));
        box.add(quote);
        box.add(comment(thread.id(), thread.author(), thread.body(), thread.createdAt(), thread.editedAt(),
                thread.removed(), thread.mine()));
        for (CommentThread.Reply reply : thread.replies()) {
            Div r = comment(reply.id(), reply.author(), reply.body(), reply.createdAt(), reply.editedAt(), reply.removed(),
                    reply.mine());
            r.addClassName("cv-reply");
            box.add(r);
        }
        if (thread.resolved()) {
            box.addClassName("cv-thread-resolved");
            box.add(new Paragraph(getTranslation("comment.resolved", PersonNames.shown(this, thread.resolvedBy()))));
        } else if (mayComment) {
            TextArea reply = new TextArea(getTranslation("comment.replyText"));
            reply.setMaxLength(4000);
            Button send = new Button(getTranslation("comment.reply"),
                    click -> attempt(() -> comments.reply(thread.id(), reply.getValue()), reply));
            Button resolve = new Button(getTranslation("comment.resolve"), click -> attempt(() -> comments.resolve(thread.id()), null));
            box.add(new Div(reply, send, resolve));
        }
        return box;
    }

    /**
     * One comment: who and when (marked edited), its text or the deletion placeholder, and the
     * author's edit and delete, or a coordinator's removal with a reason.
     */
    private Div comment(long id, String author, String body, Instant at, Instant editedAt,
                        CommentThread.Removal removed, boolean mine) {
        Div box = new Div();
        box.addClassName("cv-comment");
        if (removed != null) {
            box.add(new Paragraph(removed.reason() == null ? getTranslation("comment.deleted")
                    : getTranslation("comment.removed", PersonNames.shown(this, removed.by()), removed.reason())));
            return box;
        }
        box.add(new Paragraph(getTranslation("comment.by", PersonNames.shown(this, author), format(at))
                + (editedAt == null ? "" : " · " + getTranslation("comment.edited"))), new Paragraph(body));
        if (mine) {
            TextArea edited = new TextArea(getTranslation("comment.editText"));
            edited.setMaxLength(4000);
            edited.setValue(body);
            edited.setVisible(false);
            Button saveEdit = new Button(getTranslation("comment.saveEdit"), click -> attempt(() -> comments.edit(id,
                    edited.getValue()), edited));
            saveEdit.setVisible(false);
            Button edit = new Button(getTranslation("comment.edit"), click -> {
                edited.setVisible(true);
                saveEdit.setVisible(true);
            });
            Button delete = new Button(getTranslation("comment.delete"), click -> confirm(
                    getTranslation("comment.confirmDelete"), getTranslation("comment.delete"),
                    () -> attempt(() -> comments.delete(id), null)));
            edit.addClassName("cv-comment-edit");
            delete.addClassName("cv-comment-delete");
            box.add(new Div(edit, delete), edited, saveEdit);
        } else if (runs) {
            TextField reason = new TextField(getTranslation("comment.moderationReason"));
            reason.setMaxLength(2000);
            Button remove = new Button(getTranslation("comment.moderate"), click -> confirm(
                    getTranslation("comment.confirmModerate"), getTranslation("comment.moderate"),
                    () -> attempt(() -> comments.moderate(id, reason.getValue()), reason)));
            remove.addClassName("cv-comment-moderate");
            Div form = new Div(reason, remove);
            form.addClassName("cv-inline-form");
            box.add(form);
        }
        return box;
    }

    private void confirm(String text, String ok, Runnable work) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("comment.confirmTitle"), text, ok, confirmed -> work.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void addComment() {
        NewComment comment;
        try {
            comment = commentForm.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows the message by the field
        }
        attempt(() -> comments.comment(recommendationId, latest.number(),
                comment.paragraph() == null ? -1 : comment.paragraph(), comment.text()), text);
    }

    private void attempt(Runnable work, HasValidation field) {
        for (HasValidation f : List.<HasValidation>of(text, paragraph, publicUntil)) {
            f.setInvalid(false);
        }
        try {
            work.run();
        } catch (ValidationError e) {
            HasValidation target = "paragraph".equals(e.field()) ? paragraph : field;
            if (target != null) {
                FieldErrors.show(target, getTranslation(e.messageKey(), e.params()));
            }
            return;
        } catch (AccessDeniedException e) {
            Notices.error(getTranslation("comment.publicClosed"));
            render();
            return;
        }
        commentForm.readRecord(new NewComment(paragraph.getValue(), ""));
        FieldErrors.clear(text);
        render();
    }

    private static String clip(String paragraph) {
        String line = paragraph.replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }

    private String format(Instant at) {
        return moments.format(at, getLocale());
    }
}
