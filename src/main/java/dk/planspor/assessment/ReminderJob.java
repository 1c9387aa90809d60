package dk.planspor.assessment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
        int sent = reminders.sendDue();
        // one line per run: with several nodes, the logs show that each morning's run happened on one of them
        org.slf4j.LoggerFactory.getLogger(ReminderJob.class).info("Due-reminder job ran on this node: {} mails", sent);
    }
}
