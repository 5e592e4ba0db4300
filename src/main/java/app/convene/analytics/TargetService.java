package app.convene.analytics;

import app.convene.stakeholders.CellInput;
import app.convene.stakeholders.DisclosureControl;
import app.convene.analytics.internal.TargetQueries;
import app.convene.analytics.internal.TargetQueries.Measure;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.OrganizationType;
import app.convene.stakeholders.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representation targets: coordinators set them (audited, optimistic locking), coordinators and committee members
 * see each against the actual. An actual by a self-identified demographic goes through disclosure control.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

    static final int MAX_CATEGORIES = 20;
    static final int MAX_CATEGORY_LENGTH = 120;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetQueries queries;
    private final Authorization authorization;
    private final AuditLog audit;

    TargetService(TargetQueries queries, Authorization authorization, AuditLog audit) {
        this.queries = queries;
        this.authorization = authorization;
        this.audit = audit;
    }

    /** The initiative's targets with their actual and gap (coordinators, committee members). */
    public List<TargetStatus> statuses(long initiativeId) {
        authorization.check(Action.VIEW_PARTICIPATION_DASHBOARD, initiativeId);
        List<Target> list = queries.list(initiativeId).stream().map(TargetService::target).toList();
        List<Measure> measures = queries.measure(initiativeId, list.stream().map(t -> new TargetQueries.Spec(
                t.dimension().name(), t.categories(), t.population().name())).toList());
        List<TargetStatus> statuses = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            statuses.add(status(list.get(i), measures.get(i)));
        }
        return statuses;
    }

    /** The values a target may name for the dimension: the fixed answers, or the places registrations name. */
    public List<String> categoryOptions(long initiativeId, Dimension dimension) {
        authorization.check(Action.VIEW_PARTICIPATION_DASHBOARD, initiativeId);
        return switch (dimension) {
            case SECTOR -> names(Sector.values());
            case ORGANIZATION_TYPE -> names(OrganizationType.values());
            case RACE_ETHNICITY -> names(Demographics.RaceEthnicity.values());
            case GENDER -> names(Demographics.Gender.values());
            case LIVED_EXPERIENCE -> names(Demographics.LivedExperience.values());
            case COUNTY, REGION -> queries.values(initiativeId, dimension.name());
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Transactional
    public long add(long initiativeId, TargetDraft draft) {
        authorization.check(Action.MANAGE_REPRESENTATION_TARGETS, initiativeId);
        TargetDraft clean = checked(draft);
        long id = queries.insert(initiativeId, clean.dimension().name(), clean.categories(), clean.population().name(),
                clean.thresholdPercent());
        audit.record("analytics.targetAdded", "representation_target", id, initiativeId, null, describe(clean));
        return id;
    }

    /** Changes the target if nobody changed it since {@code version} was read; else optimistic locking failure. */
    @Transactional
    public void change(long targetId, long version, TargetDraft draft) {
        TargetQueries.Row stored = stored(targetId);
        authorization.check(Action.MANAGE_REPRESENTATION_TARGETS, stored.initiativeId());
        TargetDraft clean = checked(draft);
        if (!queries.update(targetId, version, clean.dimension().name(), clean.categories(), clean.population().name(),
                clean.thresholdPercent())) {
            throw new OptimisticLockingFailureException("Representation target " + targetId + " changed meanwhile");
        }
        audit.record("analytics.targetChanged", "representation_target", targetId, stored.initiativeId(),
                describe(target(stored)), describe(clean));
    }

    @Transactional
    public void remove(long targetId, long version) {
        TargetQueries.Row stored = stored(targetId);
        authorization.check(Action.MANAGE_REPRESENTATION_TARGETS, stored.initiativeId());
        if (!queries.delete(targetId, version)) {
            throw new OptimisticLockingFailureException("Representation target " + targetId + " changed meanwhile");
        }
        audit.record("analytics.targetRemoved", "representation_target", targetId, stored.initiativeId(),
                describe(target(stored)), null);
    }

    /** The targets as a table (for the page's table twin and the CSV): threshold, population, actual, %, gap. */
    public static DataTable table(List<TargetStatus> statuses) {
        List<DataTable.Row> rows = new ArrayList<>();
        for (TargetStatus s : statuses) {
            Target t = s.target();
            rows.add(new DataTable.Row(t.dimension().name() + ": " + String.join(", ", t.categories()) + " / "
                    + t.population().name(), null, Arrays.asList(t.thresholdPercent(), s.population(), s.actual(),
                    s.actualPercent(), s.gap())));
        }
        return new DataTable("targets", "analytics.targets", List.of("analytics.threshold", "analytics.population",
                "analytics.actual", "analytics.actualPercent", "analytics.gap"), rows, true);
    }

    private static TargetStatus status(Target target, Measure m) {
        Long actual = target.dimension().demographic()
                ? DisclosureControl.protect(List.of(new CellInput("target", m.inCategories(), m.inCategoriesKeySum())),
                m.populationKeySum()).cells().getFirst().value()
                : Long.valueOf(m.inCategories());
        if (actual == null || m.population() == 0) {
            return new TargetStatus(target, m.population(), actual, null, null);
        }
        BigDecimal percent = BigDecimal.valueOf(actual).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(m.population()), 1, RoundingMode.HALF_UP);
        return new TargetStatus(target, m.population(), actual, percent, percent.subtract(target.thresholdPercent()));
    }

    private TargetQueries.Row stored(long targetId) {
        return queries.find(targetId).orElseThrow(() -> new EmptyResultDataAccessException(
                "No representation target " + targetId, 1));
    }

    /** Refuses bad input by field: dimension, categories, population, threshold (0 < % ≤ 100, one decimal). */
    static TargetDraft checked(TargetDraft draft) {
        if (draft.dimension() == null) {
            throw new ValidationError("dimension", "analytics.error.dimension");
        }
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        for (String c : draft.categories() == null ? List.<String>of() : draft.categories()) {
            String value = c == null ? "" : c.strip();
            if (value.contains(",") || value.length() > MAX_CATEGORY_LENGTH) {
                throw new ValidationError("categories", "analytics.error.category", MAX_CATEGORY_LENGTH);
            }
            if (!value.isEmpty()) {
                categories.add(value);
            }
        }
        if (categories.isEmpty() || categories.size() > MAX_CATEGORIES) {
            throw new ValidationError("categories", "analytics.error.categories", MAX_CATEGORIES);
        }
        if (draft.population() == null) {
            throw new ValidationError("population", "analytics.error.population");
        }
        BigDecimal threshold = draft.thresholdPercent();
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(HUNDRED) > 0
                || threshold.stripTrailingZeros().scale() > 1) {
            throw new ValidationError("threshold", "analytics.error.threshold");
        }
        return new TargetDraft(draft.dimension(), List.copyOf(categories), draft.population(),
                threshold.setScale(1, RoundingMode.UNNECESSARY));
    }

    private static Target target(TargetQueries.Row row) {
        return new Target(row.id(), row.version(), row.initiativeId(), Dimension.valueOf(row.dimension()),
                row.categories(), Population.valueOf(row.population()), row.thresholdPercent().setScale(1, RoundingMode.HALF_UP));
    }

    private static String describe(Target t) {
        return describe(new TargetDraft(t.dimension(), t.categories(), t.population(), t.thresholdPercent()));
    }

    private static String describe(TargetDraft d) {
        return d.dimension() + " " + String.join(",", d.categories()) + " in " + d.population() + " >= "
                + d.thresholdPercent().stripTrailingZeros().toPlainString() + "%";
    }
}
