package app.convene.recommendations.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.recommendations.CommentService;
import app.convene.recommendations.DecisionService;
import app.convene.recommendations.DraftPresenceService;
import app.convene.recommendations.KeptWorkService;
import app.convene.recommendations.RecommendationDetails;
import app.convene.recommendations.RecommendationExtension;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.RecommendationSourcesService;
import app.convene.recommendations.RecommendationStatus;
import app.convene.recommendations.RevisionItem;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.database.PageReads;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PersonNames;
import app.convene.shared.ui.PushChannels;
import app.convene.shared.ui.RelatedResources;
import app.convene.shared.ui.RouteIds;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * One recommendation, assembled from its parts: the sources line (and form for drafters), the
 * {@link DraftEditor} for drafters or the text for readers, then comments, decisions and history. The source
 * pickers, comments, decisions and history are {@link OnDemand}: built, and their data read, only when the person
 * opens them; the draft editor is built only for a person who may draft, when they first enter (issue 19, decision
 * 0050). The page is drawn in one read-only transaction; the drafter's presence is written after it (decision 0082).
 */
@Route(value = "initiatives/:slug/recommendations/:id", layout = MainLayout.class)
@PermitAll
class RecommendationEditorView extends InitiativePage {

    private final RecommendationService recommendations;
    private final Authorization authorization;
    private final Moments moments;
    private final List<RelatedResources> related;
    private final List<RecommendationExtension> extensions;
    /** What other modules add (the implementation tracking once published): made when there is something. */
    Div extensionParts;
    private Boolean partsPublished;
    private final H1 heading = new TextOnly.Heading();
    final Paragraph statusLine = new TextOnly.Line();
    /** The drafter's editor: {@code null} until a person who may draft enters (readers never get one). */
    DraftEditor editor;
    private final Supplier<DraftEditor> newEditor;
    final SourcesPanel sources;
    /** History, comments and decisions: built, and their data read, only when the person opens them. */
    final OnDemand<HistoryPanel> history;
    final OnDemand<CommentsPanel> comments;
    final OnDemand<DecisionPanel> decisions;
    private boolean drafter;
    private final PushChannels channels;
    private Registration listening;
    private long id;

    /** The sources line, named as on the page (for tests). */
    final Paragraph sourcesLine;

    RecommendationEditorView(InitiativeDirectory initiatives, RecommendationService recommendations,
                             KeptWorkService work, DraftPresenceService presence,
                             RecommendationSourcesService sourceService, Authorization authorization,
                             DecisionService decisionService, CommentService commentService, DateTimes dateTimes,
                             Clock clock, List<RelatedResources> related, PushChannels channels,
                             List<RecommendationExtension> extensions, PageReads pages) {
        super(initiatives, pages);
        this.extensions = extensions;
        this.channels = channels;
        this.related = related;
        this.recommendations = recommendations;
        this.authorization = authorization;
        this.moments = new Moments(dateTimes, clock);
        this.newEditor = () -> new DraftEditor(recommendations, work, presence, moments, () -> {
            refresh(recommendations.recommendation(id));
            channels.publishAfterCommit(channel(id)); // the others editing see "someone saved" (within a second)
        }, closed -> channels.publishAfterCommit(channel(closed))); // its other editors see this one gone
        this.sources = new SourcesPanel(sourceService);
        this.history = new OnDemand<>("recommendation-history", "recommendation.history",
                () -> new HistoryPanel(recommendations, moments));
        this.comments = new OnDemand<>("recommendation-comments", "comment.title",
                () -> new CommentsPanel(commentService, moments));
        this.decisions = new OnDemand<>("recommendation-decisions", "decision.title",
                () -> new DecisionPanel(decisionService, moments, () -> refresh(recommendations.recommendation(id))));
        addClassName("cv-wide");
        sourcesLine = sources.line;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.VIEW_RECOMMENDATIONS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        long requested;
        try {
            requested = RouteIds.id(event, "id").orElseThrow();
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("recommendation.notFound"));
            return;
        }
        RecommendationDetails recommendation = recommendations.find(requested).orElse(null);
        if (recommendation == null || recommendation.initiativeId() != initiative.id()) {
            event.rerouteToError(NotFoundException.class, getTranslation("recommendation.notFound"));
            return; // the page keeps the recommendation it had, if any (its editor leaves it as the page closes)
        }
        id = requested;
        removeAll();
        RevisionItem latest = recommendation.latest();
        // the breadcrumb and related resources are markup: one state node each (issue 19, decisions 50 and 55)
        Markup.StaticHtml crumb = new Markup().link(RecommendationAddresses.reports(initiative),
                getTranslation("reports.title")).in("nav");
        crumb.addClassName("cv-breadcrumb");
        crumb.getElement().setAttribute("aria-label", getTranslation("initiative.breadcrumb"));
        add(crumb, heading, statusLine, sources.line);
        drafter = authorization.can(Action.DRAFT_RECOMMENDATIONS, initiative.id());
        sources.show(id);
        if (drafter) {
            sources.edit(initiative.id(), id);
            if (editor == null) {
                editor = newEditor.get();
            }
            add(sources.form, editor);
            editor.open(recommendation, authorization.currentActor().map(Actor::personId).orElse(null));
        } else {
            add(new MarkdownView(latest == null ? "" : latest.body()));
        }
        RelatedResources.markupOf(related, RelatedResources.RECOMMENDATION, id, 2).map(m -> m.in("div"))
                .ifPresent(this::add);
        history.reset();
        comments.reset();
        decisions.reset();
        add(comments, decisions, history); // other modules' parts join before comments when there are any (refresh)
        partsPublished = null;
        refresh(recommendation);
    }

    /**
     * After the drawing's transaction: the drafter's presence, then the others told (they read it on the push); a
     * person who drafted in the page before and now only reads here leaves the draft they had open.
     */
    @Override
    protected void entered() {
        if (drafter) {
            editor.present();
        } else if (editor != null) {
            editor.left();
        }
        getUI().ifPresent(this::listen); // a new recommendation in the same view
    }

    /** Heading, status line and the open parts as saved now (after entering and after each save). */
    private void refresh(RecommendationDetails recommendation) {
        heading.setText(recommendation.title());
        String status = getTranslation("recommendation.status." + recommendation.status().name()) + " · "
                + getTranslation("recommendation.revision", recommendation.revisionCount());
        if (recommendation.withdrawal() != null) {
            RecommendationDetails.Withdrawal w = recommendation.withdrawal();
            status += " · " + getTranslation("recommendation.withdrawnBy", PersonNames.shown(this, w.by()),
                    moments.format(w.at(), getLocale()),
                    w.reason());
        } else if (recommendation.correcting()) {
            status += " · " + getTranslation("recommendation.correcting", recommendation.publishedRevision());
        } else if (recommendation.status() == RecommendationStatus.PUBLISHED && drafter) {
            status += " · " + getTranslation("recommendation.correctHint");
        }
        statusLine.setText(status);
        boolean published = recommendation.publishedRevision() != null
                && recommendation.status() != RecommendationStatus.WITHDRAWN;
        if (partsPublished == null || partsPublished != published) { // drawn again only when publication changed
            partsPublished = published;
            List<Component> parts = RecommendationExtension.onPage(extensions, initiative.id(), id, published);
            if (extensionParts != null) {
                extensionParts.removeAll();
                remove(extensionParts);
            }
            if (!parts.isEmpty()) {
                extensionParts = extensionParts == null ? new Div() : extensionParts;
                parts.forEach(extensionParts::add);
                addComponentAtIndex(indexOf(comments), extensionParts);
            }
        }
        if (editor != null) {
            editor.closedForEdits(recommendation.status() == RecommendationStatus.WITHDRAWN);
        }
        // Drawn now if open, else when opened: nothing is read for a part nobody opened. A closed part keeps no
        // copy of the recommendation (its latest text can be 200,000 characters): the comments read it on opening.
        int revisions = recommendation.revisionCount();
        RecommendationStatus state = recommendation.status();
        RevisionItem latest = comments.isOpen() ? recommendation.latest() : null;
        history.render(panel -> panel.show(id, revisions));
        comments.render(panel -> panel.show(id, latest != null ? latest : recommendations.recommendation(id).latest(),
                authorization.can(Action.RUN_DECISIONS, initiative.id())));
        decisions.render(panel -> panel.show(id, state, authorization.can(Action.RUN_DECISIONS, initiative.id()),
                authorization.can(Action.RESPOND_TO_DECISION, initiative.id())));
    }

    /** The history, comments and decision parts, opened as a click on their heading would (for tests). */
    HistoryPanel historyPanel() {
        return history.open();
    }

    CommentsPanel commentsPanel() {
        return comments.open();
    }

    DecisionPanel decisionPanel() {
        return decisions.open();
    }

    SourcePickers sourcePickers() {
        return sources.form.open();
    }

    /** The push channel of one recommendation: its drafters' pages, told when someone opens, leaves or saves it. */
    static String channel(long recommendationId) {
        return "recommendation:" + recommendationId;
    }

    /** Presence and early warning, refreshed by push whenever someone opens, leaves or saves the draft. */
    void heartbeat() {
        editor.heartbeat();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        listen(event.getUI());
    }

    /** A drafter's page listens on the recommendation's channel and tells the others it is open; readers' do not. */
    private void listen(UI ui) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
        if (drafter) {
            // Off this request's thread: the others' editors refresh (a heartbeat each) without this click waiting.
            channels.publishAfterCommit(channel(id));
            listening = channels.listen(ui, channel(id), () -> {
                if (drafter) {
                    heartbeat();
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (listening != null) {
            listening.remove();
            listening = null;
        }
        if (editor != null) {
            editor.left(); // tells the draft's other editors, if it was open
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("recommendation.edit") + " · " + initiative.name();
    }
}
