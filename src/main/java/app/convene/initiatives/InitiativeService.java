package app.convene.initiatives;

import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import app.convene.initiatives.internal.Phase;
import app.convene.initiatives.internal.PhaseRepository;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.database.SharedReads;
import app.convene.initiatives.InitiativeDirectory;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The initiatives module's boundary. Reads here are public (an initiative's public page); every
 * write checks {@link Authorization} first and is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InitiativeService implements InitiativeDirectory {

    private final InitiativeRepository initiatives;
    private final PhaseRepository phases;
    private final Authorization authorization;
    private final AuditLog audit;
    private final SharedReads shared;

    InitiativeService(InitiativeRepository initiatives, PhaseRepository phases, Authorization authorization, AuditLog audit,
                      SharedReads shared) {
        this.initiatives = initiatives;
        this.shared = shared;
        this.phases = phases;
        this.authorization = authorization;
        this.audit = audit;
    }

    /**
     * The published initiatives, a page at a time (the home page: drafts and archived ones are not listed); the same
     * for everyone, read once per data version for every request that asks ({@link SharedReads}, decision 81).
     */
    public Slice<InitiativeSummary> listPublic(Pageable pageable) {
        return shared.slice(new PublicPage(pageable), pageable, () -> initiatives.findSummaries(pageable));
    }

    private record PublicPage(Pageable pageable) {
    }

    /**
     * The initiative at this address, if the current person may see it: a published one is public; a draft or
     * an archived one only for its members (anyone with a role in it) and administrators. To everyone else it
     * does not exist, so every page under its address answers "not found".
     */
    public Optional<InitiativeDetails> findPublicBySlug(String slug) {
        return visibleBySlug(slug).map(InitiativeReads.Read::details);
    }

    /**
     * The public texts of an initiative in the reader's language, the original where there is no translation;
     * empty where the public page is not to be shown. Read once per request with its details (decision 0057).
     */
    public Optional<PublicContent> publicContent(String slug, String readerLanguage) {
        return visibleBySlug(slug).map(read -> read.content(readerLanguage));
    }

    /** Several sections and modules of one page ask for the same initiative: one load per request answers them. */
    private Optional<InitiativeReads.Read> visibleBySlug(String slug) {
        if (slug == null || slug.length() > 80) {
            return Optional.empty();
        }
        return InitiativeReads.bySlug(initiatives, shared, slug).filter(read -> visible(read.details()));
    }

    private boolean visible(InitiativeDetails initiative) {
        return initiative.status() == InitiativeStatus.PUBLISHED || authorization.currentActor()
                .map(actor -> actor.isSystem() || actor.administrator() || !authorization.rolesIn(initiative.id()).isEmpty())
                .orElse(false);
    }

    @Override
    public InitiativeStatus statusOf(long initiativeId) {
        return InitiativeLifecycle.status(initiatives, shared, initiativeId).orElseThrow();
    }

    @Override
    public Optional<InitiativeRef> findBySlug(String slug) {
        return visibleBySlug(slug).map(InitiativeReads.Read::ref);
    }

    @Override
    public Optional<InitiativeRef> findById(long id) {
        return InitiativeReads.byId(initiatives, shared, id).map(InitiativeReads.Read::ref);
    }

    /** Creates an initiative with its goals and phases (administrators). */
    @Transactional
    public long create(@Valid NewInitiative draft) {
        authorization.check(Action.CREATE_INITIATIVE, null);
        if (initiatives.existsBySlug(draft.slug())) {
            throw new IllegalArgumentException("An initiative with the address '" + draft.slug() + "' exists already");
        }
        Initiative initiative = new Initiative(draft.slug(), draft.name().strip(), draft.region().strip());
        initiative.setSummary(draft.summary());
        initiative.setVision(draft.vision());
        initiative.setMission(draft.mission());
        draft.goals().forEach(goal -> initiative.addGoal(goal.title().strip(), goal.description(), goal.strategies()));
        draft.phases().forEach(phase -> initiative.addPhase(phase.name().strip(), phase.description(), phase.start(), phase.end()));
        long id = initiatives.save(initiative).getId();
        audit.record("initiative.created", "initiative", id, id, null,
                "slug=" + draft.slug() + ", name=" + draft.name() + ", goals=" + draft.goals().size()
                        + ", phases=" + draft.phases().size());
        return id;
    }

    /**
     * Creates a draft initiative without goals or phases (administrators), seen only by its members and
     * administrators until its coordinators publish it.
     *
     * @throws app.convene.shared.ValidationError by the field: see {@link InitiativeDraft#checked()}, and
     *         {@code slug} when another initiative has that address
     */
    @Transactional
    public long createDraft(InitiativeDraft draft) {
        authorization.check(Action.CREATE_INITIATIVE, null);
        InitiativeDraft clean = draft.checked();
        if (initiatives.existsBySlug(clean.slug())) {
            throw new app.convene.shared.ValidationError("slug", "initiatives.error.slugTaken");
        }
        Initiative initiative = new Initiative(clean.slug(), clean.name(), clean.region());
        initiative.setSummary(clean.summary());
        initiative.setTimeZone(clean.timeZone());
        initiative.setLanguages(clean.languages());
        initiative.setStatus(InitiativeStatus.DRAFT);
        long id = initiatives.saveAndFlush(initiative).getId();
        audit.record("initiative.created", "initiative", id, id, null, "slug=" + clean.slug() + ", name="
                + clean.name() + ", region=" + clean.region() + ", timeZone=" + clean.timeZone() + ", languages="
                + String.join(",", clean.languages()) + ", status=DRAFT");
        return id;
    }

    /** A phase as the phase editor shows it, with its version for safe saving. */
    public record PhaseEdit(long id, long version, int position, String name, String description, LocalDate start,
                            LocalDate end, boolean parallel, String nameTranslation) {
    }

    /** The initiative's phases in order, for the phase editor (coordinators). */
    public List<PhaseEdit> phasesForEditing(long initiativeId) {
        authorization.check(Action.MANAGE_TIMELINE, initiativeId);
        return phases.findByInitiative(initiativeId).stream().map(p -> new PhaseEdit(p.getId(), p.getVersion(),
                p.getPosition(), p.getName(), p.getDescription(), p.getStartDate(), p.getEndDate(), p.isParallel(),
                p.getNameTranslation())).toList();
    }

    /**
     * Adds ({@code phaseId == null}) or changes a phase (coordinators).
     *
     * @throws PhaseOverlapException the dates overlap a phase, and neither is marked parallel
     * @throws org.springframework.dao.OptimisticLockingFailureException changed since {@code expectedVersion}
     */
    @Transactional
    public long savePhase(long initiativeId, Long phaseId, Long expectedVersion, @Valid PhaseDraft draft) {
        authorization.check(Action.MANAGE_TIMELINE, initiativeId);
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        List<Phase> existing = phases.findByInitiative(initiativeId);
        if (!draft.parallel()) {
            for (Phase other : existing) {
                boolean overlaps = !draft.start().isAfter(other.getEndDate()) && !draft.end().isBefore(other.getStartDate());
                if (!other.getId().equals(phaseId) && !other.isParallel() && overlaps) {
                    throw new PhaseOverlapException(other.getName());
                }
            }
        }
        Phase phase;
        String before = null;
        if (phaseId == null) {
            phase = initiative.addPhase(draft.name().strip(), draft.description(), draft.start(), draft.end());
            phase.write(draft.name().strip(), draft.description(), draft.start(), draft.end(), draft.parallel());
            phase.setNameTranslation(InitiativeContentService.trimmed(draft.nameTranslation()));
            initiatives.saveAndFlush(initiative);
            phase = phases.findByInitiative(initiativeId).getLast();
        } else {
            phase = existing.stream().filter(p -> p.getId().equals(phaseId)).findFirst()
                    .orElseThrow(() -> new java.util.NoSuchElementException("No phase " + phaseId));
            if (expectedVersion != null && phase.getVersion() != expectedVersion) {
                throw new org.springframework.dao.OptimisticLockingFailureException("The phase changed since it was opened");
            }
            before = phase.getName() + (phase.getNameTranslation() == null ? "" : " / " + phase.getNameTranslation())
                    + " " + phase.getStartDate() + "–" + phase.getEndDate();
            phase.write(draft.name().strip(), draft.description(), draft.start(), draft.end(), draft.parallel());
            phase.setNameTranslation(InitiativeContentService.trimmed(draft.nameTranslation()));
            phases.saveAndFlush(phase);
        }
        audit.record(phaseId == null ? "phase.added" : "phase.updated", "phase", phase.getId(), initiativeId, before,
                draft.name() + (draft.nameTranslation() == null ? "" : " / " + draft.nameTranslation())
                        + " " + draft.start() + "–" + draft.end() + (draft.parallel() ? " (parallel)" : ""));
        return phase.getId();
    }

    /** Moves a phase one place earlier ({@code -1}) or later ({@code +1}) (coordinators). */
    @Transactional
    public void movePhase(long initiativeId, long phaseId, int direction) {
        authorization.check(Action.MANAGE_TIMELINE, initiativeId);
        List<Phase> ordered = new java.util.ArrayList<>(phases.findByInitiative(initiativeId));
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == phaseId) {
                index = i;
            }
        }
        int target = index + Integer.signum(direction);
        if (index < 0 || target < 0 || target >= ordered.size()) {
            return;
        }
        java.util.Collections.swap(ordered, index, target);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        phases.saveAllAndFlush(ordered);
        audit.record("phase.moved", "phase", phaseId, initiativeId, String.valueOf(index + 1), String.valueOf(target + 1));
    }
}
