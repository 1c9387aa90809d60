package dk.planspor.forum.web;

import dk.planspor.forum.ForumRefusal;
import dk.planspor.forum.Meeting;
import dk.planspor.forum.OgpForum;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public forum pages: meetings, one meeting (agenda, registration, proposals, minutes) and the rules of participation. */
@Controller
class ForumPageController {

    private final OgpForum forum;
    private final MessageSource messages;
    private final dk.planspor.plans.PlanCatalog plans;

    ForumPageController(OgpForum forum, MessageSource messages, dk.planspor.plans.PlanCatalog plans) {
        this.forum = forum;
        this.messages = messages;
        this.plans = plans;
    }

    @GetMapping("/{lang:da|en}/forum")
    String meetings(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Instant now = forum.now();
        List<Meeting> all = forum.meetings();
        model.addAttribute("upcoming", all.stream().filter(m -> !m.isOver(now))
                .sorted(java.util.Comparator.comparing(Meeting::startsAt)).toList());
        model.addAttribute("past", all.stream().filter(m -> m.isOver(now)).toList());
        // OGP's standard: the forum meets at least every six months. Flag a gap when no meeting is held or planned
        // within six months of the last one (cancelled meetings are neither).
        List<Meeting> held = all.stream().filter(m -> !m.cancelled()).toList();
        java.time.Instant lastOrNow = held.stream().map(Meeting::startsAt).filter(t -> !t.isAfter(now)).max(java.util.Comparator.naturalOrder())
                .orElse(now);
        boolean onTrack = held.stream().anyMatch(m -> m.startsAt().isAfter(lastOrNow)
                && m.startsAt().isBefore(lastOrNow.atZone(Meeting.ZONE).plusMonths(6).toInstant()));
        model.addAttribute("cadenceGap", !onTrack);
        model.addAttribute("plans", plans.plans());
        model.addAttribute("breadcrumbs", List.of(home(l), Crumb.current(msg("forum.title", l))));
        return "forum/meetings";
    }

    @GetMapping("/{lang:da|en}/forum/rules")
    String rules(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("breadcrumbs", List.of(home(l), forumCrumb(l), Crumb.current(msg("forum.rules.title", l))));
        return "forum/rules";
    }

    @GetMapping("/{lang:da|en}/forum/meetings/{id:\\d+}")
    String meeting(@PathVariable String lang, @PathVariable long id, @AuthenticationPrincipal PlansporUser user, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Meeting m = forum.meeting(id);
        Instant now = forum.now();
        model.addAttribute("m", m);
        model.addAttribute("agenda", forum.agenda(id));
        model.addAttribute("minutes", forum.minutes(id).orElse(null));
        model.addAttribute("over", m.isOver(now));
        model.addAttribute("open", m.acceptsProposals(now));
        model.addAttribute("registered", forum.isRegistered(id, user));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("breadcrumbs", List.of(home(l), forumCrumb(l), Crumb.current(m.title().in(l).text())));
        return "forum/meeting";
    }

    @PostMapping("/{lang:da|en}/forum/meetings/{id:\\d+}/registration")
    String register(@PathVariable String lang, @PathVariable long id, @RequestParam(defaultValue = "register") String action,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            if ("cancel".equals(action)) {
                forum.unregister(id, user);
                redirect.addAttribute("notice", "forum.register.cancelled");
            } else {
                forum.register(id, user, lang);
                redirect.addAttribute("notice", "forum.register.done");
            }
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
        }
        return "redirect:/" + lang + "/forum/meetings/" + id + "#registration";
    }

    @PostMapping("/{lang:da|en}/forum/meetings/{id:\\d+}/proposals")
    String propose(@PathVariable String lang, @PathVariable long id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes redirect) {
        try {
            forum.propose(id, title, description, lang, user);
            redirect.addAttribute("notice", "forum.agenda.proposed");
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("proposalTitle", title);
            redirect.addFlashAttribute("proposalDescription", description);
        }
        return "redirect:/" + lang + "/forum/meetings/" + id + "#agenda";
    }

    private Crumb home(Lang l) {
        return new Crumb(msg("nav.home", l), "/" + l.code() + "/");
    }

    private Crumb forumCrumb(Lang l) {
        return new Crumb(msg("forum.title", l), "/" + l.code() + "/forum");
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
