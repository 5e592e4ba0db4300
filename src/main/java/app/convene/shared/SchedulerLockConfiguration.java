package app.convene.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across nodes (decision 0047): a method marked {@code @SchedulerLock} first takes its
 * row in the {@code shedlock} table (migration 0050) and is skipped while another node holds it. Times come
 * from PostgreSQL ({@code usingDbTime}), so the nodes' clocks need not agree. On even when the scheduler is off
 * (tests), so a job's method called by hand takes the lock as the scheduler's call would.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node())
                .usingDbTime()
                .build());
    }

    /** Who holds a lock, as shown in the table: host and process (two nodes on one machine differ by process). */
    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "unknown-host";
        }
        return host + " pid " + ProcessHandle.current().pid();
    }
}
