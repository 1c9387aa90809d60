package dk.planspor.notifications;

import dk.planspor.plans.CommitmentAdjusted;
import dk.planspor.plans.PlanAdjusted;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns other modules' events into notifications for the people who follow what changed. */
@Component
class FollowerNotifier {

    private final Notifications notifications;
    private final Mailer mailer;

    FollowerNotifier(Notifications notifications, Mailer mailer) {
        this.notifications = notifications;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    public void on(CommitmentAdjusted e) {
        String path = "/plans/" + e.planSlug() + "/commitments/" + e.commitmentNumber() + "/history";
        notifications.notifyFollowers(SubjectKind.COMMITMENT, List.of(e.planSlug() + "/" + e.commitmentNumber()),
                SubjectKind.PLAN, e.planSlug(), "adjusted:" + e.planSlug() + "/" + e.commitmentNumber() + "@" + e.at(),
                s -> new String[] {
                        mailer.msg(s, "notifications.adjusted.headline", e.commitmentNumber(), e.planSlug()),
                        mailer.msg(s, "notifications.adjusted.body", e.changes().size(), e.reason(),
                                e.author() == null ? "–" : e.author())},
                path);
    }

    @ApplicationModuleListener
    public void on(PlanAdjusted e) {
        notifications.notifyFollowers(SubjectKind.PLAN, List.of(e.planSlug()), SubjectKind.PLAN, e.planSlug(),
                "plan-adjusted:" + e.planSlug() + "@" + e.at(),
                s -> new String[] {
                        mailer.msg(s, "notifications.planAdjusted.headline", e.planSlug()),
                        mailer.msg(s, "notifications.adjusted.body", e.changes().size(), e.reason(),
                                e.author() == null ? "–" : e.author())},
                "/plans/" + e.planSlug() + "/adjustments");
    }
}
