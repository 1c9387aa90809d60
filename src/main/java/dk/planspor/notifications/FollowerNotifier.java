package dk.planspor.notifications;

import dk.planspor.plans.CommitmentAdjusted;
import dk.planspor.plans.CommitmentsAdjusted;
import dk.planspor.plans.PlanAdjusted;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns other modules' events into notifications for the people who follow what changed. */
@Component
class FollowerNotifier {

    private final Notifications notifications;
    private final Mailer mailer;
    private final dk.planspor.consultation.ConsultationDesk consultations;

    FollowerNotifier(Notifications notifications, Mailer mailer, dk.planspor.consultation.ConsultationDesk consultations) {
        this.consultations = consultations;
        this.notifications = notifications;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    public void on(CommitmentAdjusted e) {
        notifyOf(e.planSlug(), new CommitmentsAdjusted.Summary.Item(e.commitmentNumber(), e.changes().size(), e.reason(),
                e.author(), e.at()));
    }

    /** An import changed several commitments of a plan: followers hear of each, as of a single change. */
    @ApplicationModuleListener
    public void on(CommitmentsAdjusted.Summary e) {
        e.commitments().forEach(item -> notifyOf(e.planSlug(), item));
    }

    private void notifyOf(String planSlug, CommitmentsAdjusted.Summary.Item e) {
        String path = "/plans/" + planSlug + "/commitments/" + e.number() + "/history";
        notifications.notifyFollowers(SubjectKind.COMMITMENT, List.of(planSlug + "/" + e.number()),
                SubjectKind.PLAN, planSlug, "adjusted:" + planSlug + "/" + e.number() + "@" + e.at(),
                s -> new String[] {
                        mailer.msg(s, "notifications.adjusted.headline", e.number(), planSlug),
                        mailer.msg(s, "notifications.adjusted.body", e.changedFields(), e.reason(),
                                e.author() == null ? "–" : e.author())},
                path);
    }

    /** A consultation opened: followers of its plan and of the consultation hear of it; later changes reach the latter. */
    @ApplicationModuleListener
    public void on(dk.planspor.consultation.ConsultationChanged e) {
        if (!List.of("open", "edit", "timeline", "late").contains(e.action())) {
            return;
        }
        consultations.find(e.slug()).filter(c -> c.published()).ifPresent(c -> {
            String deadline = java.time.format.DateTimeFormatter.ofPattern("d/M yyyy HH:mm")
                    .format(c.deadline().atZone(java.time.ZoneId.of("Europe/Copenhagen")));
            boolean opened = "open".equals(e.action());
            notifications.notifyFollowers(SubjectKind.CONSULTATION, List.of(c.slug()), opened ? SubjectKind.PLAN
                    : SubjectKind.CONSULTATION, opened && c.planSlug() != null ? c.planSlug() : c.slug(),
                    "consultation:" + e.action() + ":" + c.slug() + ":" + c.version(),
                    s -> new String[] {
                            mailer.msg(s, opened ? "notifications.consultation.opened.headline"
                                    : "notifications.consultation.changed.headline", c.title().in(
                                    dk.planspor.platform.Lang.fromCode(s.lang()).orElse(dk.planspor.platform.Lang.DA)).text()),
                            mailer.msg(s, opened ? "notifications.consultation.opened.body"
                                    : "notifications.consultation.changed.body", c.slug(), deadline)},
                    "/consultations/" + c.slug());
        });
    }

    /** An accepted agenda item: followers of the OGP network learn what the next meeting will discuss. */
    @ApplicationModuleListener
    public void on(dk.planspor.forum.AgendaItemDecided e) {
        if (e.status() != dk.planspor.forum.AgendaStatus.ACCEPTED) {
            return;
        }
        notifications.notifyFollowers(SubjectKind.FORUM, List.of("ogp"), SubjectKind.FORUM, "ogp", "agenda:" + e.itemId(),
                s -> new String[] {mailer.msg(s, "notifications.agenda.headline", e.itemTitle()),
                        mailer.msg(s, "notifications.agenda.body", e.meetingTitle(), e.itemTitle())},
                "/forum/meetings/" + e.meetingId());
    }

    /** A meeting ahead was changed or cancelled: followers of the OGP network are told, with the chair's reason. */
    @ApplicationModuleListener
    public void on(dk.planspor.forum.MeetingChanged e) {
        if (!e.upcoming()) {
            return;
        }
        notifications.notifyFollowers(SubjectKind.FORUM, List.of("ogp"), SubjectKind.FORUM, "ogp",
                "meeting:" + e.meetingId() + ":" + e.sequence(), s -> {
                    dk.planspor.platform.Lang lang = dk.planspor.platform.Lang.fromCode(s.lang()).orElse(dk.planspor.platform.Lang.DA);
                    String title = e.title().in(lang).text();
                    return e.cancelled()
                            ? new String[] {mailer.msg(s, "notifications.meeting.cancelled.headline", title),
                                    mailer.msg(s, "notifications.meeting.cancelled.body", e.reason())}
                            : new String[] {mailer.msg(s, "notifications.meeting.changed.headline", title),
                                    mailer.msg(s, "notifications.meeting.changed.body", e.changed().stream()
                                            .map(f -> mailer.msg(s, f.messageKey())).collect(java.util.stream.Collectors.joining(", ")),
                                            e.reason())};
                }, "/forum/meetings/" + e.meetingId());
    }

    /** A published self-assessment: followers of its plan are told. */
    @ApplicationModuleListener
    public void on(dk.planspor.assessment.ReportPublished e) {
        notifications.notifyFollowers(SubjectKind.PLAN, List.of(e.planSlug()), SubjectKind.PLAN, e.planSlug(),
                "report:" + e.planSlug() + ":" + e.kind() + ":" + e.roundId(),
                s -> new String[] {mailer.msg(s, "notifications.report.headline",
                        "en".equals(s.lang()) && e.titleEn() != null ? e.titleEn() : e.titleDa()),
                        mailer.msg(s, "notifications.report.body")},
                "/plans/" + e.planSlug() + "/assessments");
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
