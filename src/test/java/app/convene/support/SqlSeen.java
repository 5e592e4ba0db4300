package app.convene.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate sends, kept for tests that count what a page asks the database (a probe, not a
 * mock: the statements still run). Register it with
 * {@code spring.jpa.properties.hibernate.session_factory.statement_inspector=app.convene.support.SqlSeen}.
 */
public class SqlSeen implements StatementInspector {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    /** With {@code -Dconvene.sql.callers=true}: each statement with the application's frames that sent it. */
    private static final boolean CALLERS = Boolean.getBoolean("convene.sql.callers");

    @Override
    public String inspect(String sql) {
        SEEN.add(CALLERS ? sql + callers() : sql);
        return sql;
    }

    private static String callers() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("app.convene.") && !f.getClassName().contains(".support.")
                        && !f.getClassName().contains("$$"))
                .limit(6).map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                        + f.getMethodName() + ":" + f.getLineNumber())
                .collect(java.util.stream.Collectors.joining(" < ", "  <- ", "")));
    }

    public static void forget() {
        SEEN.clear();
    }

    /** How many statements since {@link #forget()} match the pattern (case-insensitive, anywhere in the text). */
    public static long count(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return SEEN.stream().filter(sql -> pattern.matcher(sql).find()).count();
    }

    /** Every statement seen since {@link #forget()}, in order. */
    public static List<String> all() {
        return List.copyOf(SEEN);
    }

    public static long total() {
        return SEEN.size();
    }
}
