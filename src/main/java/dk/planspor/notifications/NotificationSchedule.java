package dk.planspor.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the mail jobs run. Switched off with {@code planspor.scheduling.enabled=false} (the tests call the jobs
 * themselves); the lock lives on the jobs, so a job called by hand is still run once across nodes.
 */
@Component
@ConditionalOnProperty(name = "planspor.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

    private final NotificationJobs jobs;

    NotificationSchedule(NotificationJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${planspor.notifications.immediate-delay:PT1M}", initialDelayString = "PT1M")
    void immediate() {
        jobs.sendImmediate();
    }

    @Scheduled(cron = "${planspor.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/Copenhagen")
    void digest() {
        jobs.sendDigests();
    }

    @Scheduled(cron = "${planspor.notifications.reminder-cron:0 30 6 * * *}", zone = "Europe/Copenhagen")
    void reminders() {
        jobs.remindOwners();
    }
}
