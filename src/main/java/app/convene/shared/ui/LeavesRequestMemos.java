package app.convene.shared.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Transactional} service method that writes nothing any {@link RequestMemo} keeps (who has a draft
 * open): its commit does not make the node's requests read their answers again (decision 0057). Only for methods
 * whose writes, and those of everything they call, are outside every memoized answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LeavesRequestMemos {
}
