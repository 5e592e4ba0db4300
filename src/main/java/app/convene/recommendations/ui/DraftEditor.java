package app.convene.recommendations.ui;

import app.convene.recommendations.DraftPresenceService;
import app.convene.recommendations.KeptWorkService;
import app.convene.recommendations.RecommendationDetails;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.RevisionItem;
import app.convene.recommendations.SaveResult;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The drafter's Markdown editor with a live preview: who else has the draft open, unsaved text
 * brought back from the server or the browser, and the conflict panel when someone saved first.
 * Every accepted save is one new revision; {@code saved} then refreshes the page. The warning, the restored notice and
 * the conflict panel are made, and join the page, when first shown ({@link LateParts}).
 */
class DraftEditor extends Section {

    private static final int TITLE_MAX = 200;
    private static final int BODY_MAX = 200_000;

    /** What the form edits: the text of the next revision (public: the binder builds it by reflection). */
    public record Draft(String title, String body, String summary) { }

    private final RecommendationService recommendations;
    private final KeptWorkService work;
    private final EditorPresence presence;
    private final Moments moments;
    private final Runnable saved;

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final TextField summary = new TextField();
    /** The rendered text: one element whose HTML each change replaces. */
    final MarkdownView preview = new MarkdownView("");
    final Button save = new Button();
    /** Who else has the draft open (its text is the element's own: one state node). */
    final Paragraph presenceLine = new TextOnly.Line();
    /** The stale warning, the restored notice and the conflict panel: made when first shown. */
    final LateParts late;
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    /** The browser's own copy of the text, for when the session ends before the server has it. */
    private final BrowserDraft browserDraft = new BrowserDraft(body);
    /** When the server-kept unsaved text brought back on opening was typed (null when there was none). */
    private Instant serverKeptAt;
    private long id;
    /** The recommendation as read on opening, until {@link #present} reports the editor (then not read twice). */
    private RecommendationDetails opened;
    /** The revision the text in the editor started from: saves go on top of it or are refused. */
    int baseRevision;

    DraftEditor(RecommendationService recommendations, KeptWorkService work, DraftPresenceService presence,
                Moments moments, Runnable saved, LongConsumer closed) {
        this.moments = moments;
        this.recommendations = recommendations;
        this.work = work;
        this.presence = new EditorPresence(presence, closed);
        this.saved = saved;
        this.late = new LateParts(this,
                () -> new ConflictPanel(moments, this::save, this::base, this::discardMine), () -> {
                    RecommendationDetails now = recommendations.recommendation(id);
                    discardMine(now.latest());
                    base(now.revisionCount());
                });
        title.setId("recommendation-title");
        body.setId("recommendation-body");
        summary.setId("recommendation-summary");
        save.setId("recommendation-save");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> {
            renderPreview();
            keepWork(change.isFromClient());
        });
        title.addValueChangeListener(change -> keepWork(change.isFromClient()));
        summary.addValueChangeListener(change -> keepWork(change.isFromClient()));
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        FieldErrors.manual(title, summary); // the binder checks them; the fields' own checks are off
        title.setValueChangeMode(ValueChangeMode.LAZY);
        bind();
        save.addClickListener(click -> save(baseRevision));
        preview.addClassName("cv-preview");
        addClassName("cv-editor");
    }

    private void bind() {
        String required = getTranslation("recommendations.error.required");
        String tooLong = getTranslation("recommendations.error.tooLong");
        binder.forField(title).asRequired(required).withValidator(v -> v.strip().length() <= TITLE_MAX, tooLong)
                .bind("title");
        binder.forField(body).withValidator(v -> v.length() <= BODY_MAX, tooLong).bind("body");
        binder.forField(summary).asRequired(required).withValidator(v -> v.strip().length() <= TITLE_MAX, tooLong)
                .bind("summary");
    }

    /** Puts the text in the fields; no field shows an error for text it was given. */
    private void load(Draft draft) {
        binder.readRecord(draft);
        FieldErrors.clear(title, body, summary);
    }

    /**
     * Opens the editor on the latest revision, bringing back unsaved text kept for {@code person}. Reads only (the page
     * is drawn in one read-only transaction); {@link #present} then writes the editor's presence.
     */
    void open(RecommendationDetails recommendation, Long person) {
        presence.opening(recommendation.id()); // another recommendation in the view: the last one closed by present()
        id = recommendation.id();
        opened = recommendation;
        RevisionItem latest = recommendation.latest();
        base(recommendation.revisionCount());
        removeAll();
        add(new Markup().text(getTranslation("recommendation.edit")).in("h2"), presenceLine, columns(latest));
        restore(latest);
        if (person != null) {
            browserDraft.watch(id, person);
            browserDraft.read(kept -> restoreFromBrowser(kept, latest));
        }
    }

    /** After opening, outside the page's drawing: this editor reported present (the recommendation not read twice). */
    void present() {
        if (opened != null) {
            RevisionItem latest = opened.latest();
            show(presence.report(), opened.revisionCount(), latest == null ? null : latest.authorName());
            opened = null;
        }
    }

    private Div columns(RevisionItem latest) {
        title.setLabel(getTranslation("recommendation.field.title"));
        title.setMaxLength(TITLE_MAX);
        title.setRequired(true);
        body.setLabel(getTranslation("recommendation.field.body"));
        body.setHelperText(getTranslation("recommendation.field.body.help"));
        summary.setLabel(getTranslation("recommendation.field.summary"));
        summary.setHelperText(getTranslation("recommendation.field.summary.help"));
        summary.setMaxLength(TITLE_MAX);
        summary.setRequired(true);
        save.setText(getTranslation("recommendation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        late.closeConflict();
        load(new Draft(latest == null ? "" : latest.title(), latest == null ? "" : latest.body(), ""));
        renderPreview();
        presenceLine.addClassName("cv-presence");
        presenceLine.getElement().setAttribute("aria-live", "polite");
        Div columns = new Div(new Div(title, body, summary, save),
                new Div(new Markup().text(getTranslation("recommendation.preview")).in("h3"), preview));
        columns.addClassName("cv-columns");
        return columns;
    }

    /** Published text can be corrected (a new revision goes through a new round); withdrawn is final. */
    void closedForEdits(boolean closed) {
        title.setReadOnly(closed);
        body.setReadOnly(closed);
        summary.setReadOnly(closed);
        save.setEnabled(!closed);
    }

    /** Brings back unsaved text kept from an earlier visit (or a refused save), if it differs from the latest. */
    private void restore(RevisionItem latest) {
        late.hideRestored();
        serverKeptAt = null;
        work.myWork(id).ifPresent(kept -> {
            serverKeptAt = kept.updatedAt();
            boolean same = latest != null && kept.baseRevision() == latest.number() && kept.title().equals(latest.title())
                    && kept.body().equals(latest.body());
            if (same) {
                return;
            }
            base(kept.baseRevision());
            load(new Draft(kept.title(), kept.body(), kept.summary()));
            late.showRestored(getTranslation("recommendation.restored", moments.format(kept.updatedAt(), getLocale()),
                    kept.baseRevision()));
        });
    }

    /**
     * Brings back text the browser kept that never reached the server (the session ended while
     * typing), unless it is the latest revision or the server-kept text already in the editor.
     */
    private void restoreFromBrowser(BrowserDraft.Kept kept, RevisionItem latest) {
        boolean isLatest = latest != null && kept.title().equals(latest.title()) && kept.body().equals(latest.body());
        boolean inEditor = kept.title().equals(title.getValue()) && kept.body().equals(body.getValue());
        if (isLatest) {
            browserDraft.clear();
        }
        boolean olderThanServerCopy = serverKeptAt != null && !kept.at().isAfter(serverKeptAt);
        if (isLatest || inEditor || olderThanServerCopy || body.isReadOnly()) {
            return;
        }
        base(kept.baseRevision() > 0 ? kept.baseRevision() : baseRevision);
        load(new Draft(kept.title(), kept.body(), summary.getValue()));
        work.keepWork(id, baseRevision, kept.title(), kept.body(), summary.getValue());
        late.showRestored(getTranslation("recommendation.restoredBrowser", moments.format(kept.at(), getLocale())));
    }


    /** Throws the writer's unsaved text away and shows the given revision. */
    private void discardMine(RevisionItem latest) {
        work.discardWork(id);
        browserDraft.clear();
        base(latest.number());
        load(new Draft(latest.title(), latest.body(), ""));
    }

    /** The revision the editor's text starts from (also stored with the browser's copy). */
    private void base(int revision) {
        baseRevision = revision;
        browserDraft.base(revision);
    }

    private void keepWork(boolean fromClient) {
        if (fromClient && presence.isOpen()) {
            work.keepWork(id, baseRevision, title.getValue(), body.getValue(), summary.getValue());
        }
    }

    /** Presence and early warning, refreshed by push while the editor is open (see RecommendationEditorView). */
    void heartbeat() {
        // nothing once closed: a refresh queued before the page closed must not report the closed editor present again
        presence.pulse().ifPresent(seen -> show(seen.others(), seen.revisionCount(), seen.latestAuthor()));
    }

    private void show(List<String> others, int revisionCount, String latestAuthor) {
        presenceLine.setText(others.isEmpty() ? getTranslation("recommendation.presence.alone")
                : getTranslation("recommendation.presence.others", String.join(", ", others)));
        if (revisionCount > baseRevision && !late.conflictOpen()) {
            late.showStale(getTranslation("recommendation.stale", revisionCount, latestAuthor));
        } else {
            late.hideStale();
        }
    }

    /** The drafter left the page. */
    void left() {
        presence.left();
    }

    private void renderPreview() {
        preview.show(body.getValue());
    }

    private void save(int base) {
        SaveResult result;
        try {
            Draft draft = binder.writeRecord();
            result = recommendations.save(id, base, draft.title(), draft.body(), draft.summary());
        } catch (ValidationException e) {
            return; // the binder shows the messages by the fields
        } catch (ValidationError e) {
            HasValidation field = e.field() == null ? body : binder.getBinding(e.field())
                    .map(binding -> (HasValidation) binding.getField()).orElse(body);
            FieldErrors.show(field, getTranslation(e.messageKey(), e.params()));
            return;
        }
        switch (result) {
            case SaveResult.Saved done -> {
                base(done.revision().number());
                browserDraft.clear();
                load(new Draft(title.getValue(), body.getValue(), "")); // no error for the emptied summary
                late.closeConflict();
                late.hideRestored();
                late.hideStale();
                Notices.success(getTranslation("recommendation.saved", done.revision().number()));
                saved.run();
            }
            case SaveResult.Conflict refused -> late.showConflict(refused);
        }
    }
}
