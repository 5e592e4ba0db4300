package app.convene.shared.database;

import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A page drawn in one read-only transaction (issue 19, decision 0078). Drawing an initiative's page calls some
 * thirty-six service methods (one a section, a list, a link, a check), each beginning and committing a transaction of
 * its own, nearly all of them answered from memory ({@link SharedReads}, {@code RequestMemo}): a Hibernate session,
 * a connection borrowed from the pool and handed back, and Spring's bookkeeping, thirty-six times. Inside
 * {@link #together} those calls join one transaction instead.
 * <p>
 * Only for drawing: what runs inside must not write. A service method declared read-write ({@code @Transactional}
 * without {@code readOnly}) is refused there before it begins ({@link IllegalTransactionStateException}, from Convene's
 * transaction interceptor, {@link DefaultTransactionManager}), whatever its propagation. That is the services' rule
 * (views call services); what does not pass a service's declared transaction is not refused: a repository's own
 * {@code save}, a {@code JdbcClient} update, a {@code TransactionTemplate}, a service calling its own method. Such a
 * write inside would be lost (Hibernate does not flush a read-only transaction) or refused by PostgreSQL.
 * <p>
 * A service call inside that throws marks the one transaction rollback-only (before, only its own): a drawing that
 * catches a service's exception and goes on then fails as a whole when the transaction ends. Let such exceptions go,
 * or ask first (a check) instead of catching.
 * <p>
 * The services called inside keep their authorization checks, and their shared reads are kept as before (a read-only
 * transaction is not a writing one). A click's own work (a save, a join) runs outside, as before.
 */
@Service
@Transactional(readOnly = true)
public class PageReads {

    /** Bound to the thread while a page is drawn (a resource of the transaction's thread, unbound after). */
    private enum Drawing { NOW }

    /** Runs {@code drawing} with every service call it makes joining one read-only transaction. */
    public void together(Runnable drawing) {
        together(() -> {
            drawing.run();
            return null;
        });
    }

    /** As {@link #together(Runnable)}, with an answer. */
    public <T> T together(Supplier<T> drawing) {
        if (TransactionSynchronizationManager.hasResource(Drawing.NOW)) {
            return drawing.get(); // drawn inside another page's drawing
        }
        TransactionSynchronizationManager.bindResource(Drawing.NOW, Boolean.TRUE);
        try {
            return drawing.get();
        } finally {
            TransactionSynchronizationManager.unbindResource(Drawing.NOW);
        }
    }

    /** Refuses {@code call}, a read-write transaction's definition, while this thread draws a page. */
    static void refuseWhileDrawing(TransactionDefinition call) {
        if (TransactionSynchronizationManager.hasResource(Drawing.NOW)) {
            String what = call instanceof DefaultTransactionAttribute attribute && attribute.getDescriptor() != null
                    ? attribute.getDescriptor() : String.valueOf(call.getName());
            throw new IllegalTransactionStateException("A read-write call while a page is drawn in one read-only"
                    + " transaction (decision 0078): " + what);
        }
    }
}
