package app.convene.implementation;

import app.convene.implementation.internal.ImplementationIndicatorQueries;
import app.convene.implementation.internal.ImplementationQueries;
import app.convene.implementation.internal.ImplementationQueries.Row;
import app.convene.implementation.internal.ImplementationQueries.Target;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import app.convene.shared.database.SharedReads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking published recommendations into implementation. Coordinators set the owner organization, the status
 * and the linked milestones and indicators of the same initiative ({@link Action#TRACK_IMPLEMENTATION}); coordinators and committee members add dated
 * progress updates ({@link Action#REPORT_IMPLEMENTATION_PROGRESS}); members read it all
 * ({@link Action#VIEW_RECOMMENDATIONS}); the public page reads where each published recommendation stands.
 * Every check is made against the stored recommendation's initiative.
 */
@Service
@Transactional(readOnly = true)
public class ImplementationService {

    static final int REASON_MAX = 2000;
    static final int UPDATE_MAX = 2000;

    private final ImplementationQueries queries;
    private final ImplementationIndicatorQueries indicators;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;
    private final SharedReads shared;

    ImplementationService(ImplementationQueries queries, ImplementationIndicatorQueries indicators,
                          Authorization authorization, AuditLog audit, Clock clock, SharedReads shared) {
        this.shared = shared;
        this.queries = queries;
        this.indicators = indicators;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
    }

    /** The recommendation's tracking as saved (members of its initiative). */
    public ImplementationTracking tracking(long recommendationId) {
        Target target = target(recommendationId);
        authorization.check(Action.VIEW_RECOMMENDATIONS, target.initiativeId());
        return view(recommendationId, target);
    }

    /**
     * Saves owner, status, reason, linked milestones and linked indicators (the whole sets) on top of {@code expectedVersion}, the version the form
     * opened (0 before the first save). Coordinators; the recommendation must be published.
     *
     * @throws OptimisticLockingFailureException someone saved since: nothing is written, the form keeps its values
     * @throws ValidationError an owner, milestone or indicator not of the initiative, not pursued without a reason, too long
     */
    @Transactional
    public ImplementationTracking save(long recommendationId, long expectedVersion, TrackingDraft draft) {
        Target target = target(recommendationId);
        long initiativeId = target.initiativeId();
        authorization.check(Action.TRACK_IMPLEMENTATION, initiativeId);
        published(target);
        if (draft.status() == null) {
            throw new ValidationError("status", "implementation.error.required");
        }
        String reason = FreeText.checked("notPursuedReason", draft.notPursuedReason() == null
                || draft.notPursuedReason().isBlank() ? null : draft.notPursuedReason().strip());
        if (draft.status() == ImplementationStatus.NOT_PURSUED && reason == null) {
            throw new ValidationError("notPursuedReason", "implementation.error.reasonRequired");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw new ValidationError("notPursuedReason", "implementation.error.tooLong");
        }
        if (draft.status() != ImplementationStatus.NOT_PURSUED) {
            reason = null; // a reason belongs to "not pursued" only
        }
        if (draft.ownerOrganizationId() != null && !queries.organizationOf(draft.ownerOrganizationId(), initiativeId)) {
            throw new ValidationError("owner", "implementation.error.ownerNotOfInitiative");
        }
        if (queries.milestonesOf(draft.milestoneIds(), initiativeId) != draft.milestoneIds().size()) {
            throw new ValidationError("milestones", "implementation.error.milestoneNotOfInitiative");
        }
        if (indicators.indicatorsOf(draft.indicatorIds(), initiativeId) != draft.indicatorIds().size()) {
            throw new ValidationError("indicators", "implementation.error.indicatorNotOfInitiative");
        }
        ImplementationTracking before = view(recommendationId, target);
        long id = queries.ensure(recommendationId, initiativeId);
        if (queries.save(id, expectedVersion, draft.status(), draft.ownerOrganizationId(), reason, clock.instant()) == 0) {
            throw new OptimisticLockingFailureException("The implementation tracking of recommendation "
                    + recommendationId + " changed since version " + expectedVersion);
        }
        queries.linkMilestones(id, draft.milestoneIds());
        indicators.link(id, draft.indicatorIds());
        ImplementationTracking after = view(recommendationId, target);
        audit.record("implementation.tracked", "recommendation", recommendationId, initiativeId, describe(before),
                describe(after));
        return after;
    }

    /**
     * Adds a dated progress update (coordinators, committee members); the date may not lie in the future.
     * Updates are never changed or removed.
     */
    @Transactional
    public long addUpdate(long recommendationId, LocalDate on, String text) {
        Target target = target(recommendationId);
        Actor actor = authorization.check(Action.REPORT_IMPLEMENTATION_PROGRESS, target.initiativeId());
        published(target);
        if (on == null) {
            throw new ValidationError("on", "implementation.error.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("on", "implementation.error.future");
        }
        String checked = FreeText.checked("text", text == null ? "" : text.strip());
        if (checked.isEmpty()) {
            throw new ValidationError("text", "implementation.error.required");
        }
        if (checked.length() > UPDATE_MAX) {
            throw new ValidationError("text", "implementation.error.tooLong");
        }
        long implementation = queries.ensure(recommendationId, target.initiativeId());
        long id = queries.addUpdate(implementation, on, checked, actor.personId(), actor.name(), clock.instant());
        audit.record("implementation.updateAdded", "recommendation", recommendationId, target.initiativeId(), null,
                on + ": " + checked);
        return id;
    }

    /** The progress updates, newest first, a page at a time (members). */
    public Slice<ProgressUpdate> updates(long recommendationId, Pageable page) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, target(recommendationId).initiativeId());
        List<ProgressUpdate> rows = queries.updates(recommendationId, page.getOffset(), page.getPageSize() + 1);
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    /** The owner picker: organizations of the recommendation's initiative containing the text (coordinators). */
    public List<PickerOption> ownerChoices(long recommendationId, String text, int offset, int limit) {
        long initiativeId = target(recommendationId).initiativeId();
        authorization.check(Action.TRACK_IMPLEMENTATION, initiativeId);
        return queries.organizations(initiativeId, text, offset, limit);
    }

    /** The milestone picker: milestones of the recommendation's initiative containing the text (coordinators). */
    public List<PickerOption> milestoneChoices(long recommendationId, String text, int offset, int limit) {
        long initiativeId = target(recommendationId).initiativeId();
        authorization.check(Action.TRACK_IMPLEMENTATION, initiativeId);
        return queries.milestoneOptions(initiativeId, text, offset, limit);
    }

    /** The indicator picker: indicators of the recommendation's initiative whose name contains the text (coordinators). */
    public List<PickerOption> indicatorChoices(long recommendationId, String text, int offset, int limit) {
        long initiativeId = target(recommendationId).initiativeId();
        authorization.check(Action.TRACK_IMPLEMENTATION, initiativeId);
        return indicators.options(initiativeId, text, offset, limit);
    }

    /**
     * Where each tracked published recommendation of the initiative stands, with its public linked indicators, by
     * recommendation (public: never an internal indicator). The same for every reader: read once per data version for
     * every request that asks ({@link SharedReads}, decision 81; the initiative page asks at every visit).
     */
    public Map<Long, ImplementationStanding> standings(long initiativeId) {
        return shared.get(new Standings(initiativeId), () -> {
            Map<Long, List<LinkedIndicator>> linked = indicators.publicLinked(initiativeId);
            return Map.copyOf(queries.standings(initiativeId).stream()
                    .map(s -> s.withPublicIndicators(linked.getOrDefault(s.recommendationId(), List.of())))
                    .collect(Collectors.toMap(ImplementationStanding::recommendationId, Function.identity())));
        });
    }

    private record Standings(long initiativeId) {
    }

    private Target target(long recommendationId) {
        return queries.target(recommendationId)
                .orElseThrow(() -> new NoSuchElementException("recommendation " + recommendationId));
    }

    private static void published(Target target) {
        if (!target.published()) {
            throw new ValidationError(null, "implementation.error.notPublished");
        }
    }

    private ImplementationTracking view(long recommendationId, Target target) {
        Row row = queries.row(recommendationId).orElse(null);
        if (row == null) {
            return new ImplementationTracking(recommendationId, target.initiativeId(), 0, ImplementationStatus.NOT_STARTED,
                    null, null, List.of(), List.of(), null);
        }
        return new ImplementationTracking(recommendationId, target.initiativeId(), row.version(), row.status(),
                row.owner(), row.reason(), queries.milestones(recommendationId), indicators.linked(recommendationId),
                row.version() == 0 ? null : row.changedAt());
    }

    private static String describe(ImplementationTracking t) {
        return t.status() + (t.notPursuedReason() == null ? "" : " (" + t.notPursuedReason() + ")")
                + ", owner=" + (t.owner() == null ? "none" : t.owner().label())
                + ", milestones=" + t.milestones().stream().map(PickerOption::label).toList()
                + (t.indicators().isEmpty() ? "" : ", indicators=" + t.indicators().stream().map(LinkedIndicator::name).toList());
    }
}
