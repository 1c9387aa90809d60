package dk.planspor.consultation;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * GDPR retention: names and e-mail addresses of responses to consultations that closed longer than
 * {@code planspor.consultation.retention} ago (default 365 days) are erased once an hour. ShedLock makes sure only
 * one instance runs it when several share the database (lock provider and table: platform's SchedulingConfiguration).
 */
@org.springframework.stereotype.Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ConsultationDesk desk;
    private final Duration retention;

    RetentionJob(ConsultationDesk desk, @Value("${planspor.consultation.retention:P365D}") Duration retention) {
        this.desk = desk;
        this.retention = retention;
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
