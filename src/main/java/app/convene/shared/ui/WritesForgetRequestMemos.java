package app.convene.shared.ui;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Every read-write transaction that commits on this node makes requests read their memoized answers again
 * ({@link RequestMemo}). Spring Boot registers this listener with the transaction manager.
 */
@Component
class WritesForgetRequestMemos implements TransactionExecutionListener {

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (!transaction.isReadOnly()) {
            RequestMemo.written();
        }
    }
}
