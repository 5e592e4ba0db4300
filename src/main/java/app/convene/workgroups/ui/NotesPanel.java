package app.convene.workgroups.ui;

import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.PagedList;
import app.convene.workgroups.NoteItem;
import app.convene.workgroups.NoteKind;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The notes tab: the leads' form, then the notes newest first, with "mark done" on open action items. */
class NotesPanel extends Div {

    private final WorkgroupNoteService notes;
    private final Authorization authorization;
    private final DateTimes dates;
    private final long workgroupId;
    private final Runnable changed;
    NoteEditor editor;
    final Div list = new Div();

    NotesPanel(WorkgroupNoteService notes, WorkgroupService workgroups, Authorization authorization, DateTimes dates,
               long workgroupId, Runnable changed) {
        this.notes = notes;
        this.authorization = authorization;
        this.dates = dates;
        this.workgroupId = workgroupId;
        this.changed = changed;
        if (authorization.canInWorkgroup(Action.WRITE_WORKGROUP_NOTES, workgroupId)) {
            editor = new NoteEditor(notes, workgroups, dates, workgroupId, this::reload);
            add(editor);
        }
        add(list);
        reload();
    }

    private void reload() {
        list.removeAll();
        list.add(new PagedList<>(page -> notes.notes(workgroupId, page), this::note, 10,
                getTranslation("workgroup.moreNotes")));
    }

    private Component note(NoteItem note) {
        Span kind = new Span(getTranslation("note.kind." + note.kind().name()));
        kind.addClassName("cv-badge");
        Span meta = new Span(dates.date(note.date(), getLocale()) + (note.author().isBlank() ? "" : " · " + note.author()));
        meta.addClassName("cv-facts");
        Article article = new Article(new H2(note.title()), kind, meta, new MarkdownView(note.markdown()));
        article.addClassName("cv-card");
        if (note.kind() == NoteKind.ACTION) {
            String status = getTranslation(note.actionDoneAt() == null ? "note.open" : "note.done");
            article.add(new Paragraph(getTranslation("note.actionLine", note.actionOwner(),
                    dates.date(note.actionDue(), getLocale()), status)));
            boolean mayClose = note.actionDoneAt() == null && (authorization.canInWorkgroup(Action.WRITE_WORKGROUP_NOTES,
                    workgroupId) || authorization.currentActor().map(Actor::personId)
                    .filter(id -> id.equals(note.actionOwnerId())).isPresent());
            if (mayClose) {
                Button done = new Button(getTranslation("note.markDone"), click -> {
                    notes.markDone(note.id());
                    changed.run();
                });
                done.setAriaLabel(getTranslation("note.markDoneLabel", note.title()));
                article.add(done);
            }
        }
        return article;
    }
}
