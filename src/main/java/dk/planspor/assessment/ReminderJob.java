package dk.planspor.assessment;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due reminder mails every morning. ShedLock (a row in the {@code shedlock} table) makes one node
 * run it at a time; the reminder table makes each mail go out once even if it runs again.
 */
@Component
class ReminderJob {

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${planspor.assessment.reminder-cron:0 0 7 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "assessment-reminders", lockAtMostFor = "PT15M", lockAtLeastFor = "${planspor.assessment.reminder-lock-at-least:PT30S}")
    public void run() {
        reminders.sendDue();
    }

    /** Scheduling with a PostgreSQL lock; other modules' jobs can use the same lock provider. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT15M")
    static class Scheduling {

        @Bean
        @ConditionalOnMissingBean(LockProvider.class)
        LockProvider lockProvider(DataSource dataSource) {
            return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
        }
    }
}
