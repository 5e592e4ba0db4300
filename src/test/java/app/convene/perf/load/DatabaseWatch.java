package app.convene.perf.load;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the crowd asked of Convene's database during the ramp (decisions 69 and 71), from PostgreSQL's statistics:
 * the tables written, the scans per table, the transactions per click and, with
 * {@code -Dconvene.embedded-database.statement-statistics=true} (the embedded server loads pg_stat_statements), the
 * statements run most often. Created before the ramp (its counts then), printed after it.
 */
final class DatabaseWatch {

    private static final String WRITTEN = "n_tup_ins + n_tup_upd + n_tup_del";
    private static final String SCANS = "coalesce(seq_scan, 0) + coalesce(idx_scan, 0)";

    private final JdbcTemplate jdbc;
    private final Map<String, Long> writtenBefore;
    private final Map<String, Long> scansBefore;
    private final long transactionsBefore;
    private final boolean statements;

    DatabaseWatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writtenBefore = perTable(WRITTEN);
        this.scansBefore = perTable(SCANS);
        this.transactionsBefore = transactions();
        this.statements = statementStatistics();
    }

    /** The ramp's lines, per click of the whole run ({@code clicks}, sign-in phases included). */
    void print(long clicks) {
        printWritten(writtenBefore, perTable(WRITTEN));
        printScans(scansBefore, perTable(SCANS), clicks);
        Ramp.line("load_db_transactions_per_click", (transactions() - transactionsBefore) / (double) Math.max(1, clicks),
                "transactions");
        if (statements) {
            printStatements(clicks);
        }
    }

    /**
     * A count per table so far from PostgreSQL's statistics (flushed within a second or so): rows inserted, updated
     * and deleted ({@link #WRITTEN}) or scans, sequential and by index ({@link #SCANS}).
     */
    private Map<String, Long> perTable(String count) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("select relname, " + count + " from pg_stat_user_tables", row -> {
            counts.put(row.getString(1), row.getLong(2));
        });
        return counts;
    }

    /** Transactions committed and rolled back in Convene's database so far (the crowd's and its jobs'). */
    private long transactions() {
        return jdbc.queryForObject("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()",
                Long.class);
    }

    /**
     * With {@code -Dconvene.embedded-database.statement-statistics=true} (pg_stat_statements loaded): its counts
     * emptied now, for {@link #printStatements} after the ramp; false without it.
     */
    private boolean statementStatistics() {
        if (!Boolean.TRUE.equals(jdbc.queryForObject(
                "select setting like '%pg_stat_statements%' from pg_settings where name = 'shared_preload_libraries'",
                Boolean.class))) {
            return false;
        }
        jdbc.execute("create extension if not exists pg_stat_statements");
        jdbc.queryForList("select pg_stat_statements_reset()");
        return true;
    }

    /** The statements Convene's database ran most often during the ramp: calls and time per click. */
    private void printStatements(long clicks) {
        double per = Math.max(1, clicks);
        jdbc.query("""
                select calls, total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements s
                join pg_database d on d.oid = s.dbid where d.datname = current_database()
                order by calls desc limit 30""", row -> {
            String sql = row.getString(4);
            System.out.printf(Locale.ROOT, "LOAD statement %.2f calls/click %.3f ms/click %.1f rows/call: %s%n",
                    row.getLong(1) / per, row.getDouble(2) / per, row.getLong(3) / (double) Math.max(1, row.getLong(1)),
                    sql.substring(0, Math.min(240, sql.length())));
        });
    }

    /** Which tables the crowd's clicks read, as scans per click over the ramp (sign-ins included), most first. */
    private static void printScans(Map<String, Long> before, Map<String, Long> after, long clicks) {
        StringBuilder line = new StringBuilder("LOAD table scans per click during the ramp (sign-ins included):");
        after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(),
                        e.getValue() / (double) Math.max(1, clicks))));
        System.out.println(line);
    }

    /** Which tables the crowd wrote (decision 69: content tables move the shared reads' data version). */
    private static void printWritten(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder line = new StringBuilder("LOAD rows written during the ramp, by table:");
        after.forEach((table, rows) -> {
            long written = rows - before.getOrDefault(table, 0L);
            if (written > 0) {
                line.append(' ').append(table).append(' ').append(written);
            }
        });
        System.out.println(line);
    }
}
