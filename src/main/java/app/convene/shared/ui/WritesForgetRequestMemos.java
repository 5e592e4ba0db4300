package app.convene.shared.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.util.ClassUtils;

/**
 * Every read-write transaction that commits on this node makes requests read their memoized answers again
 * ({@link RequestMemo}), but for those of methods marked {@link LeavesRequestMemos} (decision 0057: an open
 * editor's heartbeat, many a second under load, made every running request read its roles again). Spring Boot
 * registers this listener with the transaction manager.
 */
@Component
class WritesForgetRequestMemos implements TransactionExecutionListener {

    /** By transaction name (the {@code @Transactional} method's qualified name): whether it leaves the memos. */
    private final Map<String, Boolean> leaving = new ConcurrentHashMap<>();

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (!transaction.isReadOnly() && !leavesMemos(transaction.getTransactionName())) {
            RequestMemo.written();
        }
    }

    private boolean leavesMemos(String name) {
        return name != null && !name.isEmpty() && leaving.computeIfAbsent(name, WritesForgetRequestMemos::marked);
    }

    /** Whether {@code name} ("package.Type.method", as Spring names a declarative transaction) is marked. */
    static boolean marked(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            Class<?> type = ClassUtils.forName(name.substring(0, dot), WritesForgetRequestMemos.class.getClassLoader());
            String method = name.substring(dot + 1);
            return Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.getName().equals(method) && m.isAnnotationPresent(LeavesRequestMemos.class));
        } catch (ClassNotFoundException | LinkageError notAType) {
            return false;
        }
    }
}
