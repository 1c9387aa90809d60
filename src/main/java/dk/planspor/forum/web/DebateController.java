package dk.planspor.forum.web;

import dk.planspor.forum.DebateBoard;
import dk.planspor.forum.DebatePost;
import dk.planspor.forum.ForumRefusal;
import dk.planspor.forum.OgpForum;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.platform.NotFoundException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Debate: threads under a subject ({@code plan:2017-2019}, {@code commitment:2017-2019/1.1}, {@code consultation:slug}),
 * comments, reports, and the moderators' review of hidden posts.
 */
@Controller
class DebateController {

    private final DebateBoard debate;
    private final MessageSource messages;

    DebateController(OgpForum forum, MessageSource messages) {
        this.debate = forum.debate();
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/debate")
    String threads(@PathVariable String lang, @RequestParam String subject, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        if (!DebateBoard.validSubject(subject)) {
            throw new NotFoundException("forum.debate.notFound", subject);
        }
        model.addAttribute("subject", subject);
        model.addAttribute("subjectLink", subjectLink(subject, l));
        model.addAttribute("threads", debate.threads(subject));
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                new Crumb(msg("forum.title", l), "/" + lang + "/forum"), Crumb.current(msg("forum.debate.title", l))));
        return "forum/debate";
    }

    @GetMapping("/{lang:da|en}/debate/threads/{id:\\d+}")
    String thread(@PathVariable String lang, @PathVariable long id, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        DebatePost t = debate.thread(id);
        model.addAttribute("t", t);
        model.addAttribute("comments", debate.comments(id));
        model.addAttribute("subjectLink", subjectLink(t.subject(), l));
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                new Crumb(msg("forum.debate.title", l), "/" + lang + "/debate?subject="
                        + URLEncoder.encode(t.subject(), StandardCharsets.UTF_8)),
                Crumb.current(t.hidden() ? msg("forum.debate.hiddenTitle", l) : t.title())));
        return "forum/thread";
    }

    @PostMapping("/{lang:da|en}/debate/threads")
    String start(@PathVariable String lang, @RequestParam String subject, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            long id = debate.startThread(subject, title, body, user);
            return "redirect:/" + lang + "/debate/threads/" + id;
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
            return "redirect:/" + lang + "/debate?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8);
        }
    }

    @PostMapping("/{lang:da|en}/debate/threads/{id:\\d+}/comments")
    String comment(@PathVariable String lang, @PathVariable long id, @RequestParam(defaultValue = "") String body,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            debate.comment(id, body, user);
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
        }
        return "redirect:/" + lang + "/debate/threads/" + id;
    }

    @PostMapping("/{lang:da|en}/debate/{target:thread|comment}/{id:\\d+}/report")
    String report(@PathVariable String lang, @PathVariable String target, @PathVariable long id, @RequestParam long thread,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        debate.report(target, id, reason, user);
        redirect.addAttribute("notice", "forum.debate.reported");
        return "redirect:/" + lang + "/debate/threads/" + thread;
    }

    @GetMapping("/{lang:da|en}/admin/forum/moderation")
    @PreAuthorize("hasAnyRole('MODERATOR','COORDINATOR')")
    String moderation(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("posts", debate.awaitingReview());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("admin.title", l), "/" + lang + "/admin/"),
                Crumb.current(msg("forum.moderation.title", l))));
        return "forum/admin/moderation";
    }

    @PostMapping("/{lang:da|en}/admin/forum/moderation/{target:thread|comment}/{id:\\d+}")
    @PreAuthorize("hasAnyRole('MODERATOR','COORDINATOR')")
    String review(@PathVariable String lang, @PathVariable String target, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean restore, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            debate.review(target, id, restore, reason, user);
            redirect.addAttribute("notice", "forum.review.saved");
        } catch (ForumRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
        }
        return "redirect:/" + lang + "/admin/forum/moderation";
    }

    /** The public page of the debate's subject: a plan, a commitment, or a consultation. */
    static String subjectLink(String subject, Lang l) {
        String key = subject.substring(subject.indexOf(':') + 1);
        return switch (subject.substring(0, subject.indexOf(':'))) {
            case "plan" -> "/" + l.code() + "/plans/" + key;
            case "commitment" -> key.contains("/") ? "/" + l.code() + "/plans/" + key.substring(0, key.indexOf('/'))
                    + "/commitments/" + key.substring(key.indexOf('/') + 1) : null;
            default -> "/" + l.code() + "/consultations/" + key;
        };
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
