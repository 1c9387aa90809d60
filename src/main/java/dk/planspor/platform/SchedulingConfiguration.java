package dk.planspor.platform;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (reminders, digests, retention) run once across all nodes: each {@code @Scheduled} method that also
 * carries {@code @SchedulerLock} takes a row lock in the {@code shedlock} table, timed by the database clock.
 * {@code planspor.scheduling.enabled=false} stops the timer (tests call the jobs directly, still under the lock).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT15M")
class SchedulingConfiguration {

    /** The timer itself; without it the jobs still exist (and still lock) but only run when called. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "planspor.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Timer {
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
