package dk.planspor.forum.web;

import dk.planspor.forum.AgendaStatus;
import dk.planspor.forum.ForumRefusal;
import dk.planspor.forum.Meeting;
import dk.planspor.forum.MeetingDraft;
import dk.planspor.forum.Minutes;
import dk.planspor.forum.OgpForum;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forum chair's pages: schedule meetings, decide on proposed agenda items, publish minutes. */
@Controller
@PreAuthorize("hasAnyRole('FORUM_CHAIR','COORDINATOR')")
class ForumAdminController {

    static final String BASE = "/{lang:da|en}/admin/forum";
    /** An action item line may start with a commitment reference: {@code [2017-2019/3.3] text}. */
    private static final Pattern REF = Pattern.compile("^\\[([A-Za-z0-9-]+)/(\\d+\\.\\d+)]\\s*(.*)$");

    private final OgpForum forum;
    private final MessageSource messages;

    ForumAdminController(OgpForum forum, MessageSource messages) {
        this.forum = forum;
        this.messages = messages;
    }

    record MeetingForm(String titleDa, String titleEn, String descriptionDa, String descriptionEn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime to,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cutoff, String place, String onlineUrl, Integer capacity)
            implements java.io.Serializable {

        /** The form filled in with a meeting as it stands, for changing it. */
        static MeetingForm of(Meeting m) {
            return new MeetingForm(m.title().da(), m.title().en(), m.description().da(), m.description().en(),
                    m.start().toLocalDate(), minutes(m.start()), minutes(m.end()), m.cutoff().toLocalDate(), m.place(),
                    m.onlineUrl(), m.capacity());
        }

        /** A time as the form's time field holds it: to the minute. */
        private static LocalTime minutes(java.time.ZonedDateTime t) {
            return t.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        }

        /** The instant of a day and time in Danish time; the meeting's own when it is the same minute. */
        private static java.time.Instant at(LocalDate day, LocalTime time, java.time.ZonedDateTime own) {
            java.time.ZonedDateTime t = day.atTime(time).atZone(Meeting.ZONE);
            return own != null && own.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).equals(t) ? own.toInstant() : t.toInstant();
        }

        /**
         * The meeting the form describes. The cut-off is the end of its day. Against the meeting as it stands
         * ({@code current}; null for a new meeting), an unchanged cut-off date or start or end minute keeps the meeting's
         * own instant, so that saving other changes does not move them.
         */
        MeetingDraft toDraft(Meeting current) {
            if (titleDa == null || titleDa.isBlank() || date == null || from == null || to == null || cutoff == null
                    || capacity == null) {
                throw new ForumRefusal("forum.meeting.refused.missing");
            }
            java.time.Instant cutoffAt = current != null && current.cutoff().toLocalDate().equals(cutoff)
                    ? current.proposalCutoff() : cutoff.atTime(23, 59).atZone(Meeting.ZONE).toInstant();
            return new MeetingDraft(LocalizedText.of(titleDa.strip(), blank(titleEn)), LocalizedText.of(blank(descriptionDa),
                    blank(descriptionEn)), at(date, from, current == null ? null : current.start()),
                    at(date, to, current == null ? null : current.end()), blank(place), blank(onlineUrl), capacity, cutoffAt);
        }
    }

    @GetMapping(BASE)
    String meetings(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("meetings", forum.meetings());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MeetingForm(null, null, null, null, null, LocalTime.of(13, 0), LocalTime.of(15, 0),
                    null, null, null, 40));
        }
        model.addAttribute("breadcrumbs", List.of(admin(l), Crumb.current(msg("forum.admin.title", l))));
        return "forum/admin/meetings";
    }

    @PostMapping(BASE + "/meetings")
    String schedule(@PathVariable String lang, @ModelAttribute MeetingForm form, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes redirect) {
        try {
            long id = forum.schedule(form.toDraft(null), user);
            redirect.addAttribute("notice", "forum.meeting.scheduled");
            return "redirect:/" + lang + "/admin/forum/meetings/" + id;
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("form", form);
            return "redirect:/" + lang + "/admin/forum";
        }
    }

    @GetMapping(BASE + "/meetings/{id:\\d+}")
    String meeting(@PathVariable String lang, @PathVariable long id, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Meeting m = forum.meeting(id);
        model.addAttribute("m", m);
        model.addAttribute("agenda", forum.agenda(id));
        model.addAttribute("statuses", List.of(AgendaStatus.ACCEPTED, AgendaStatus.DEFERRED, AgendaStatus.REJECTED));
        model.addAttribute("over", m.isOver(forum.now()));
        model.addAttribute("minutes", forum.minutes(id).orElse(null));
        model.addAttribute("audit", forum.auditOf(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MeetingForm.of(m));
        }
        model.addAttribute("breadcrumbs", List.of(admin(l), new Crumb(msg("forum.admin.title", l), "/" + lang + "/admin/forum"),
                Crumb.current(m.title().in(l).text())));
        return "forum/admin/meeting";
    }

    @PostMapping(BASE + "/meetings/{id:\\d+}/change")
    String change(@PathVariable String lang, @PathVariable long id, @ModelAttribute MeetingForm form,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes redirect) {
        try {
            boolean changed = !forum.change(id, form.toDraft(forum.meeting(id)), reason, user).isEmpty();
            redirect.addAttribute("notice", changed ? "forum.meeting.changed" : "forum.meeting.unchanged");
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("changeReason", reason);
        }
        return "redirect:/" + lang + "/admin/forum/meetings/" + id + "#change";
    }

    @PostMapping(BASE + "/meetings/{id:\\d+}/cancellation")
    String cancel(@PathVariable String lang, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            forum.cancel(id, reason, user);
            redirect.addAttribute("notice", "forum.meeting.cancelledNotice");
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
        }
        return "redirect:/" + lang + "/admin/forum/meetings/" + id;
    }

    @PostMapping(BASE + "/items/{id:\\d+}/decision")
    String decide(@PathVariable String lang, @PathVariable long id, @RequestParam long meeting,
            @RequestParam(required = false) AgendaStatus status, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            forum.decide(id, status, reason, user);
            redirect.addAttribute("notice", "forum.decision.saved");
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
        }
        return "redirect:/" + lang + "/admin/forum/meetings/" + meeting;
    }

    @PostMapping(BASE + "/meetings/{id:\\d+}/minutes")
    String minutes(@PathVariable String lang, @PathVariable long id, @RequestParam(defaultValue = "") String summaryDa,
            @RequestParam(defaultValue = "") String summaryEn, @RequestParam(defaultValue = "") String decisions,
            @RequestParam(defaultValue = "") String actions, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            forum.publishMinutes(id, new OgpForum.MinutesDraft(LocalizedText.of(summaryDa, summaryEn), lines(decisions, false),
                    lines(actions, true)), reason, user);
            redirect.addAttribute("notice", "forum.minutes.saved");
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
        }
        return "redirect:/" + lang + "/admin/forum/meetings/" + id;
    }

    /** One item per line; {@code DA text | EN text}; actions may start with {@code [plan/number]}. */
    static List<Minutes.Item> lines(String text, boolean actions) {
        List<Minutes.Item> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            String plan = null;
            String number = null;
            Matcher ref = REF.matcher(s);
            if (actions && ref.matches()) {
                plan = ref.group(1);
                number = ref.group(2);
                s = ref.group(3);
            }
            String[] pair = s.split("\\s*\\|\\s*", 2);
            out.add(new Minutes.Item(LocalizedText.of(pair[0], pair.length > 1 ? pair[1] : null), plan, number, null));
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Crumb admin(Lang l) {
        return new Crumb(msg("admin.title", l), "/" + l.code() + "/admin/");
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
