package app.convene.support;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * Counts the transactions the manager begins on the thread that opened it, while open (decision 77: each one a
 * Hibernate session and a pooled connection, with or without a statement; another test's mail or scheduled work on
 * other threads is not counted); {@code named} also prints each one's name.
 */
public final class TransactionsBegun implements AutoCloseable {

    private final AtomicInteger begun = new AtomicInteger();
    private final Collection<TransactionExecutionListener> listeners;
    private final TransactionExecutionListener counting;
    private final Thread owner = Thread.currentThread();

    public TransactionsBegun(PlatformTransactionManager manager, boolean named) {
        this.listeners = ((AbstractPlatformTransactionManager) manager).getTransactionExecutionListeners();
        this.counting = new TransactionExecutionListener() {
            @Override
            public void beforeBegin(TransactionExecution transaction) {
                if (Thread.currentThread() != owner) {
                    return;
                }
                begun.incrementAndGet();
                if (named) {
                    System.out.println("  BEGIN " + transaction.getTransactionName());
                }
            }
        };
        listeners.add(counting);
    }

    /** Transactions begun so far. */
    public int count() {
        return begun.get();
    }

    @Override
    public void close() {
        listeners.remove(counting);
    }
}
