package dk.planspor.consultation;

import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * GDPR retention: names and e-mail addresses of responses to consultations that closed longer than
 * {@code planspor.consultation.retention} ago (default 365 days) are erased once an hour. ShedLock makes sure only
 * one instance runs it when several share the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ConsultationDesk desk;
    private final Duration retention;

    RetentionJob(ConsultationDesk desk, @Value("${planspor.consultation.retention:P365D}") Duration retention) {
        this.desk = desk;
        this.retention = retention;
    }

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(initialDelayString = "${planspor.consultation.retention-initial-delay:PT5M}", fixedDelayString = "PT1H")
    @SchedulerLock(name = "consultation-retention")
    public void erase() {
        int n = desk.erasePersonalData(retention);
        if (n > 0) {
            log.info("Erased personal data of {} responses older than the retention of {}", n, retention);
        }
    }
}
