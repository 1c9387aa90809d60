package dk.planspor.notifications.web;

import dk.planspor.identity.PlansporUser;
import dk.planspor.notifications.Delivery;
import dk.planspor.notifications.Notifications;
import dk.planspor.notifications.SubjectKind;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's follows: follow from a plan or commitment page, list, unfollow, and choose the delivery. */
@Controller
@org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
class FollowController {

    private final Notifications notifications;
    private final MessageSource messages;

    FollowController(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** The follow button's form: what to follow, and the page to go back to. */
    record FollowForm(@NotNull SubjectKind kind, @NotNull @Size(max = 200) String key,
            @Pattern(regexp = "/(da|en)/[^\\s]*") String back) {
    }

    @PostMapping("/{lang:da|en}/follows")
    String follow(@PathVariable String lang, @Valid FollowForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes flash) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        if (errors.hasErrors()) {
            flash.addFlashAttribute("followError", msg("notifications.follow.invalid", l));
            return "redirect:/" + lang + "/follows";
        }
        try {
            notifications.follow(user, form.kind(), form.key(), l);
            flash.addFlashAttribute("followed", form.key());
        } catch (Notifications.UnknownSubjectException e) {
            flash.addFlashAttribute("followError", msg("notifications.follow.unknown", l));
        }
        return "redirect:" + (form.back() == null ? "/" + lang + "/follows" : form.back());
    }

    @GetMapping("/{lang:da|en}/follows")
    String list(@PathVariable String lang, @AuthenticationPrincipal PlansporUser user, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("follows", notifications.follows(user));
        model.addAttribute("delivery", notifications.settings(user).map(s -> s.delivery()).orElse(Delivery.IMMEDIATE));
        model.addAttribute("unsubscribed", notifications.settings(user).map(s -> !s.active()).orElse(false));
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                Crumb.current(msg("notifications.title", l))));
        return "notifications/follows";
    }

    @PostMapping("/{lang:da|en}/follows/{id}/delete")
    String unfollow(@PathVariable String lang, @PathVariable long id, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes flash) {
        notifications.unfollow(user, id);
        flash.addFlashAttribute("unfollowed", true);
        return "redirect:/" + lang + "/follows";
    }

    @PostMapping("/{lang:da|en}/follows/delivery")
    String delivery(@PathVariable String lang, @RequestParam Delivery delivery, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes flash) {
        notifications.deliver(user, delivery, Lang.fromCode(lang).orElseThrow());
        flash.addFlashAttribute("saved", true);
        return "redirect:/" + lang + "/follows";
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
