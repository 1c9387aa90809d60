package dk.planspor.platform;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's event publications on several nodes. A listener that failed (the mail server was down), or whose
 * node died while it ran (marked failed by Modulith's staleness monitor, {@code spring.modulith.events.staleness.*}),
 * is tried again by this job: on one node at a time (ShedLock), claiming each publication in the database first, so
 * a publication is completed once. Republishing everything outstanding when a node starts is switched off: a second
 * node starting would have run again what the first one was still running.
 */
@Component
class EventPublications {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final FailedEventPublications failed;
    private final JdbcClient jdbc;
    private final Duration minAge;

    EventPublications(FailedEventPublications failed, JdbcClient jdbc, MeterRegistry meters,
            @Value("${planspor.events.retry-after:1m}") Duration minAge) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.minAge = minAge;
        DatabaseGauges.count(meters, jdbc, "planspor.events.outstanding",
                "Event publications not completed yet (listeners still to run, failed or being retried)",
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
        DatabaseGauges.count(meters, jdbc, "planspor.events.failed", "Event publications whose listener failed",
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED'");
    }

    @Scheduled(initialDelayString = "${planspor.events.retry-every:1m}", fixedDelayString = "${planspor.events.retry-every:1m}")
    @SchedulerLock(name = "event-publication-retry", lockAtMostFor = "PT10M")
    public void retryFailed() {
        long count = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED'")
                .query(Long.class).single();
        if (count > 0) {
            log.info("Trying {} failed event publications again", count);
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
        }
    }
}
