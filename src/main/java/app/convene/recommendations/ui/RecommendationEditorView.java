package app.convene.recommendations.ui;

import app.convene.recommendations.DiffSegment;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.RecommendationDetails;
import app.convene.recommendations.RevisionItem;
import app.convene.recommendations.SaveResult;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.RouteIds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.data.domain.PageRequest;

/**
 * One recommendation: the Markdown editor with a live preview for drafters, the conflict panel
 * when someone saved first, and the history with a word-level comparison of any two revisions.
 */
@Route(value = "initiatives/:slug/recommendations/:id", layout = MainLayout.class)
@PermitAll
class RecommendationEditorView extends InitiativePage {

    private final RecommendationService recommendations;
    private final Authorization authorization;

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Div preview = new Div();
    final TextField summary = new TextField();
    final Button save = new Button();
    final Div conflictPanel = new Div();
    final Button keepMine = new Button();
    final Button mergeByHand = new Button();
    final Button discardMine = new Button();
    final Select<Integer> older = new Select<>();
    final Select<Integer> newer = new Select<>();
    final Button compare = new Button();
    final Div comparison = new Div();
    private final H1 heading = new H1();
    final Paragraph statusLine = new Paragraph();
    final Paragraph sourcesLine = new Paragraph();
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<app.convene.recommendations.Sources.Named> goals =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<app.convene.recommendations.Sources.Named> workgroups =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    final Button saveSources = new Button();
    private final Div sourcesForm = new Div();
    private final Div historyHolder = new Div();
    /** Who else has the draft open, and whether someone saved since this editor started. */
    final Paragraph presenceLine = new Paragraph();
    final Paragraph staleLine = new Paragraph();
    final Div restoredNotice = new Div();
    final Button discardRestored = new Button();
    private boolean drafter;
    private com.vaadin.flow.shared.Registration pollRegistration;

    private long id;
    /** The revision the text in the editor started from: saves go on top of it or are refused. */
    int baseRevision;
    private SaveResult.Conflict conflict;
    /** The browser's own copy of the text, for when the session ends before the server has it. */
    private final BrowserDraft browserDraft = new BrowserDraft(body);
    /** When the server-kept unsaved text brought back on opening was typed (null when there was none). */
    private java.time.Instant serverKeptAt;

    final DecisionPanel decisionPanel;
    final CommentsPanel commentsPanel;

    RecommendationEditorView(InitiativeDirectory initiatives, RecommendationService recommendations,
                             Authorization authorization, app.convene.recommendations.DecisionService decisions,
                             java.time.Clock clock, app.convene.recommendations.CommentService comments) {
        super(initiatives);
        this.recommendations = recommendations;
        this.authorization = authorization;
        this.commentsPanel = new CommentsPanel(comments, clock);
        this.decisionPanel = new DecisionPanel(decisions, clock, () -> refresh(recommendations.recommendation(id)));
        addClassName("cv-wide");
        title.setId("recommendation-title");
        body.setId("recommendation-body");
        summary.setId("recommendation-summary");
        save.setId("recommendation-save");
        conflictPanel.setId("recommendation-conflict");
        keepMine.setId("recommendation-keep-mine");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> {
            renderPreview();
            keepWork(change.isFromClient());
        });
        title.addValueChangeListener(change -> keepWork(change.isFromClient()));
        summary.addValueChangeListener(change -> keepWork(change.isFromClient()));
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        summary.setManualValidation(true); // the service checks on save; an emptied field is not an error
        title.setManualValidation(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        discardRestored.addClickListener(click -> {
            recommendations.discardWork(id);
            browserDraft.clear();
            RecommendationDetails now = recommendations.recommendation(id);
            base(now.revisionCount());
            title.setValue(now.latest().title());
            body.setValue(now.latest().body());
            summary.clear();
            restoredNotice.setVisible(false);
        });
        save.addClickListener(click -> save(baseRevision));
        keepMine.addClickListener(click -> save(conflict.latest().number()));
        mergeByHand.addClickListener(click -> {
            base(conflict.latest().number());
            keepMine.setVisible(false);
            mergeByHand.setVisible(false);
            discardMine.setVisible(false);
        });
        discardMine.addClickListener(click -> {
            recommendations.discardWork(id);
            browserDraft.clear();
            RevisionItem latest = conflict.latest();
            base(latest.number());
            title.setValue(latest.title());
            body.setValue(latest.body());
            summary.clear();
            closeConflict();
        });
        compare.addClickListener(click -> compare());
        goals.setItemLabelGenerator(app.convene.recommendations.Sources.Named::name);
        workgroups.setItemLabelGenerator(app.convene.recommendations.Sources.Named::name);
        saveSources.addClickListener(click -> {
            try {
                recommendations.setSources(id, goals.getValue().stream().map(app.convene.recommendations.Sources.Named::id)
                        .collect(java.util.stream.Collectors.toSet()), workgroups.getValue().stream()
                        .map(app.convene.recommendations.Sources.Named::id).collect(java.util.stream.Collectors.toSet()));
                goals.setInvalid(false);
                showSources();
                com.vaadin.flow.component.notification.Notification.show(getTranslation("recommendation.sources.saved"),
                        3000, com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            } catch (ValidationError e) {
                goals.setInvalid(true);
                goals.setErrorMessage(getTranslation(e.messageKey()));
            }
        });
        sourcesForm.addClassName("cv-inline-form");
        sourcesForm.add(goals, workgroups, saveSources);
        conflictPanel.addClassName("cv-conflict");
        conflictPanel.getElement().setAttribute("role", "alert");
        comparison.addClassName("cv-diff");
        preview.addClassName("cv-preview");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.VIEW_RECOMMENDATIONS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        RecommendationDetails recommendation;
        try {
            id = RouteIds.id(event, "id").orElseThrow();
            recommendation = recommendations.recommendation(id);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("recommendation.notFound"));
            return;
        }
        if (recommendation.initiativeId() != initiative.id()) {
            event.rerouteToError(NotFoundException.class, getTranslation("recommendation.notFound"));
            return;
        }
        removeAll();
        RevisionItem latest = recommendation.latest();
        base(recommendation.revisionCount());
        add(breadcrumb(initiativePath() + "/recommendations", getTranslation("reports.title")), heading, statusLine,
                sourcesLine);
        drafter = authorization.can(Action.DRAFT_RECOMMENDATIONS, initiative.id());
        showSources();
        if (drafter) {
            var options = recommendations.sourceOptions(initiative.id());
            var chosen = recommendations.sources(id);
            goals.setLabel(getTranslation("recommendation.sources.goals"));
            workgroups.setLabel(getTranslation("recommendation.sources.workgroups"));
            saveSources.setText(getTranslation("recommendation.sources.save"));
            goals.setItems(options.goals());
            workgroups.setItems(options.workgroups());
            goals.setValue(new java.util.HashSet<>(chosen.goals()));
            workgroups.setValue(new java.util.HashSet<>(chosen.workgroups()));
            add(sourcesForm);
            add(editor(latest));
            restore(latest);
            authorization.currentActor().map(app.convene.security.Actor::personId).ifPresent(person -> {
                browserDraft.watch(id, person);
                browserDraft.read(kept -> restoreFromBrowser(kept, latest));
            });
            heartbeat();
        } else {
            add(new MarkdownView(latest == null ? "" : latest.body()));
        }
        add(commentsPanel, decisionPanel, historyHolder);
        refresh(recommendation);
    }

    /** Heading, status line and history as saved now (after entering and after each save). */
    private void refresh(RecommendationDetails recommendation) {
        heading.setText(recommendation.title());
        String status = getTranslation("recommendation.status." + recommendation.status().name()) + " · "
                + getTranslation("recommendation.revision", recommendation.revisionCount());
        if (recommendation.withdrawal() != null) {
            var w = recommendation.withdrawal();
            status += " · " + getTranslation("recommendation.withdrawnBy", w.by(), format(w.at()), w.reason());
        } else if (recommendation.correcting()) {
            status += " · " + getTranslation("recommendation.correcting", recommendation.publishedRevision());
        } else if (recommendation.status() == app.convene.recommendations.RecommendationStatus.PUBLISHED && drafter) {
            status += " · " + getTranslation("recommendation.correctHint");
        }
        statusLine.setText(status);
        historyHolder.removeAll();
        historyHolder.add(history());
        // Published text can be corrected (a new revision goes through a new round); withdrawn is final.
        boolean closedForEdits = recommendation.status() == app.convene.recommendations.RecommendationStatus.WITHDRAWN;
        title.setReadOnly(closedForEdits);
        body.setReadOnly(closedForEdits);
        summary.setReadOnly(closedForEdits);
        save.setEnabled(!closedForEdits);
        commentsPanel.show(id, recommendation.latest(), authorization.can(Action.RUN_DECISIONS, initiative.id()));
        decisionPanel.show(id, recommendation.status(), authorization.can(Action.RUN_DECISIONS, initiative.id()),
                authorization.can(Action.RESPOND_TO_DECISION, initiative.id()));
    }

    private Section editor(RevisionItem latest) {
        title.setLabel(getTranslation("recommendation.field.title"));
        title.setMaxLength(200);
        title.setRequired(true);
        title.setValue(latest == null ? "" : latest.title());
        body.setLabel(getTranslation("recommendation.field.body"));
        body.setHelperText(getTranslation("recommendation.field.body.help"));
        body.setValue(latest == null ? "" : latest.body());
        summary.setLabel(getTranslation("recommendation.field.summary"));
        summary.setHelperText(getTranslation("recommendation.field.summary.help"));
        summary.setMaxLength(200);
        summary.setRequired(true);
        save.setText(getTranslation("recommendation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.setText(getTranslation("recommendation.conflict.keepMine"));
        mergeByHand.setText(getTranslation("recommendation.conflict.merge"));
        discardMine.setText(getTranslation("recommendation.conflict.discard"));
        conflictPanel.setVisible(false);
        renderPreview();
        Div columns = new Div(new Div(title, body, summary, save), new Div(new H3(getTranslation("recommendation.preview")), preview));
        columns.addClassName("cv-columns");
        discardRestored.setText(getTranslation("recommendation.restored.discard"));
        restoredNotice.addClassName("cv-restored");
        restoredNotice.getElement().setAttribute("role", "status");
        presenceLine.addClassName("cv-presence");
        presenceLine.getElement().setAttribute("aria-live", "polite");
        staleLine.addClassName("cv-stale");
        staleLine.setVisible(false);
        Section section = new Section(new H2(getTranslation("recommendation.edit")), presenceLine, staleLine, restoredNotice,
                conflictPanel, columns);
        section.addClassName("cv-editor");
        return section;
    }

    private void showSources() {
        var sources = recommendations.sources(id);
        List<String> names = new java.util.ArrayList<>();
        sources.goals().forEach(g -> names.add(g.name()));
        sources.workgroups().forEach(w -> names.add(w.name()));
        sourcesLine.setText(names.isEmpty() ? getTranslation("recommendation.sources.none")
                : getTranslation("recommendation.sources.line", String.join(" · ", names)));
    }

    /** Brings back unsaved text kept from an earlier visit (or a refused save), if it differs from the latest. */
    private void restore(RevisionItem latest) {
        restoredNotice.setVisible(false);
        serverKeptAt = null;
        recommendations.myWork(id).ifPresent(kept -> {
            serverKeptAt = kept.updatedAt();
            boolean same = latest != null && kept.baseRevision() == latest.number() && kept.title().equals(latest.title())
                    && kept.body().equals(latest.body());
            if (same) {
                return;
            }
            base(kept.baseRevision());
            title.setValue(kept.title());
            body.setValue(kept.body());
            summary.setValue(kept.summary());
            restoredNotice.removeAll();
            restoredNotice.add(new Paragraph(getTranslation("recommendation.restored", format(kept.updatedAt()),
                    kept.baseRevision())), discardRestored);
            restoredNotice.setVisible(true);
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
        title.setValue(kept.title());
        body.setValue(kept.body());
        recommendations.keepWork(id, baseRevision, kept.title(), kept.body(), summary.getValue());
        restoredNotice.removeAll();
        restoredNotice.add(new Paragraph(getTranslation("recommendation.restoredBrowser", format(kept.at()))),
                discardRestored);
        restoredNotice.setVisible(true);
    }

    /** The revision the editor's text starts from (also stored with the browser's copy). */
    private void base(int revision) {
        baseRevision = revision;
        browserDraft.base(revision);
    }

    private void keepWork(boolean fromClient) {
        if (fromClient && drafter) {
            recommendations.keepWork(id, baseRevision, title.getValue(), body.getValue(), summary.getValue());
        }
    }

    /** Presence and early warning, refreshed on every poll while the editor is open. */
    void heartbeat() {
        List<String> others = recommendations.openedBy(id);
        presenceLine.setText(others.isEmpty() ? getTranslation("recommendation.presence.alone")
                : getTranslation("recommendation.presence.others", String.join(", ", others)));
        RecommendationDetails now = recommendations.recommendation(id);
        boolean stale = now.revisionCount() > baseRevision && conflict == null;
        staleLine.setVisible(stale);
        if (stale) {
            staleLine.setText(getTranslation("recommendation.stale", now.revisionCount(), now.latest().authorName()));
        }
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        if (pollRegistration == null) {
            pollRegistration = event.getUI().addPollListener(poll -> {
                if (drafter) {
                    heartbeat();
                }
            });
        }
        if (drafter) {
            event.getUI().setPollInterval(10_000); // presence and "someone saved" need a heartbeat; readers do not
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        super.onDetach(event);
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        event.getUI().setPollInterval(-1);
        if (drafter) {
            recommendations.closedBy(id);
        }
    }

    private void renderPreview() {
        preview.removeAll();
        preview.add(new MarkdownView(body.getValue()));
    }

    private void save(int base) {
        title.setInvalid(false);
        summary.setInvalid(false);
        body.setInvalid(false);
        SaveResult result;
        try {
            result = recommendations.save(id, base, title.getValue(), body.getValue(), summary.getValue());
        } catch (ValidationError e) {
            var field = switch (e.field()) {
                case "title" -> title;
                case "summary" -> summary;
                default -> body;
            };
            field.setInvalid(true);
            field.setErrorMessage(getTranslation(e.messageKey()));
            return;
        }
        switch (result) {
            case SaveResult.Saved saved -> {
                base(saved.revision().number());
                browserDraft.clear();
                summary.clear();
                summary.setInvalid(false); // clearing a required field must not show an error after a good save
                closeConflict();
                restoredNotice.setVisible(false);
                staleLine.setVisible(false);
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("recommendation.saved", saved.revision().number()), 4000,
                        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
                refresh(recommendations.recommendation(id));
            }
            case SaveResult.Conflict refused -> showConflict(refused);
        }
    }

    private void showConflict(SaveResult.Conflict refused) {
        conflict = refused;
        conflictPanel.removeAll();
        UnorderedList since = new UnorderedList();
        for (RevisionItem r : refused.since()) {
            since.add(new ListItem(getTranslation("recommendation.history.entry", r.number(), r.authorName(),
                    format(r), r.summary())));
        }
        Pre theirs = new Pre(refused.latest().body());
        Div sideBySide = new Div(new Div(new H3(getTranslation("recommendation.conflict.theirs", refused.latest().authorName())),
                theirs), new Div(new H3(getTranslation("recommendation.conflict.yours")), new Pre(refused.yourBody())));
        sideBySide.addClassName("cv-columns");
        Div changes = diff(RecommendationService.diff(refused.latest().body(), refused.yourBody()));
        conflictPanel.add(new H3(getTranslation("recommendation.conflict.title")),
                new Paragraph(getTranslation("recommendation.conflict.explain", refused.baseRevision())), since,
                sideBySide, new H3(getTranslation("recommendation.conflict.diff")), changes,
                new Div(keepMine, mergeByHand, discardMine));
        keepMine.setVisible(true);
        mergeByHand.setVisible(true);
        discardMine.setVisible(true);
        conflictPanel.setVisible(true);
    }

    private void closeConflict() {
        conflict = null;
        conflictPanel.removeAll();
        conflictPanel.setVisible(false);
    }

    private Section history() {
        Section section = new Section(new H2(getTranslation("recommendation.history")));
        List<RevisionItem> revisions = recommendations.history(id, PageRequest.of(0, 100)).getContent();
        UnorderedList list = new UnorderedList();
        for (RevisionItem r : revisions) {
            list.add(new ListItem(getTranslation("recommendation.history.entry", r.number(), r.authorName(), format(r),
                    r.summary())));
        }
        section.add(list);
        if (revisions.size() > 1) {
            List<Integer> numbers = revisions.stream().map(RevisionItem::number).toList();
            older.setLabel(getTranslation("recommendation.compare.older"));
            newer.setLabel(getTranslation("recommendation.compare.newer"));
            older.setItems(numbers);
            newer.setItems(numbers);
            older.setValue(numbers.get(1));
            newer.setValue(numbers.get(0));
            compare.setText(getTranslation("recommendation.compare"));
            comparison.removeAll();
            Div controls = new Div(older, newer, compare);
            controls.addClassName("cv-inline-form");
            section.add(controls, comparison);
        }
        return section;
    }

    private void compare() {
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        comparison.removeAll();
        comparison.add(new Paragraph(getTranslation("recommendation.compare.legend")),
                diff(recommendations.compare(id, older.getValue(), newer.getValue())));
    }

    /** Inserted words as {@code <ins>}, deleted as {@code <del>}: underlined and struck through, not only coloured. */
    static Div diff(List<DiffSegment> segments) {
        Div out = new Div();
        out.addClassName("cv-diff-text");
        for (DiffSegment s : segments) {
            Element element = switch (s.kind()) {
                case SAME -> new Element("span");
                case INSERTED -> new Element("ins");
                case DELETED -> new Element("del");
            };
            element.setText(s.text());
            out.getElement().appendChild(element);
        }
        return out;
    }

    private String format(RevisionItem r) {
        return format(r.createdAt());
    }

    private String format(java.time.Instant at) {
        return Moments.format(at, getLocale());
    }

    @Override
    protected String pageTitle() {
        return getTranslation("recommendation.edit") + " · " + initiative.name();
    }
}
