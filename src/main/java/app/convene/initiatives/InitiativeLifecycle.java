package app.convene.initiatives;

import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativeStates;
import app.convene.shared.database.SharedReads;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an initiative stands: a draft is published by its coordinators (or administrators) and can be taken
 * back to draft; administrators archive it (read-only: {@link Authorization} refuses every write in it) and
 * restore it, as a draft, so that nothing becomes public again without a coordinator's decision.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeLifecycle implements InitiativeStates {

    private final InitiativeRepository initiatives;
    private final Authorization authorization;
    private final AuditLog audit;
    private final SharedReads shared;

    InitiativeLifecycle(InitiativeRepository initiatives, Authorization authorization, AuditLog audit,
                        SharedReads shared) {
        this.initiatives = initiatives;
        this.shared = shared;
        this.authorization = authorization;
        this.audit = audit;
    }

    /** Every initiative with its status, a page at a time (administrators). */
    public Slice<InitiativeAdminItem> listAll(Pageable pageable) {
        authorization.check(Action.CREATE_INITIATIVE, null);
        return initiatives.findAdminItems(pageable);
    }

    /** Makes a draft public (coordinators of the initiative, administrators); a published one stays so. */
    @Transactional
    public void publish(long initiativeId) {
        authorization.check(Action.PUBLISH_INITIATIVE, initiativeId);
        move(initiativeId, InitiativeStatus.DRAFT, InitiativeStatus.PUBLISHED, "initiative.published");
    }

    /** Takes a published initiative back to draft: only its members and administrators see it then. */
    @Transactional
    public void unpublish(long initiativeId) {
        authorization.check(Action.PUBLISH_INITIATIVE, initiativeId);
        move(initiativeId, InitiativeStatus.PUBLISHED, InitiativeStatus.DRAFT, "initiative.unpublished");
    }

    /** Archives the initiative (administrators): off the home page, read-only for everyone. */
    @Transactional
    public void archive(long initiativeId) {
        authorization.check(Action.ARCHIVE_INITIATIVE, initiativeId);
        Initiative initiative = find(initiativeId);
        if (initiative.getStatus() != InitiativeStatus.ARCHIVED) {
            change(initiative, InitiativeStatus.ARCHIVED, "initiative.archived");
        }
    }

    /** Restores an archived initiative as a draft (administrators); its coordinators publish it again. */
    @Transactional
    public void restore(long initiativeId) {
        authorization.check(Action.ARCHIVE_INITIATIVE, initiativeId);
        move(initiativeId, InitiativeStatus.ARCHIVED, InitiativeStatus.DRAFT, "initiative.restored");
    }

    @Override
    public boolean readOnly(long initiativeId) {
        return status(initiatives, shared, initiativeId).filter(s -> s == InitiativeStatus.ARCHIVED).isPresent();
    }

    /**
     * An initiative's status (asked by many checks on one page): from the initiative this request read already, else
     * a shared read (decision 0078; was read once per request, 0.46 statements a click under the load harness). Inside
     * a transaction that writes it is read each time, as every shared read is.
     */
    static Optional<InitiativeStatus> status(InitiativeRepository initiatives, SharedReads shared, long initiativeId) {
        Optional<InitiativeStatus> read = InitiativeReads.known(initiativeId).map(r -> r.details().status());
        return read.isPresent() ? read
                : shared.get(new StatusOf(initiativeId), () -> initiatives.findStatus(initiativeId));
    }

    private record StatusOf(long initiativeId) {
    }

    private void move(long initiativeId, InitiativeStatus from, InitiativeStatus to, String action) {
        Initiative initiative = find(initiativeId);
        if (initiative.getStatus() == from) {
            change(initiative, to, action);
        }
    }

    private void change(Initiative initiative, InitiativeStatus to, String action) {
        InitiativeStatus before = initiative.getStatus();
        initiative.setStatus(to);
        initiatives.saveAndFlush(initiative);
        audit.record(action, "initiative", initiative.getId(), initiative.getId(), "status=" + before, "status=" + to);
    }

    private Initiative find(long initiativeId) {
        return initiatives.findById(initiativeId)
                .orElseThrow(() -> new NoSuchElementException("No initiative " + initiativeId));
    }
}
