package dk.planspor.notifications.web;

import dk.planspor.notifications.Notifications;
import dk.planspor.platform.PublicWrites;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One-click unsubscribe. The link in a mail opens a page with one button; mail programs POST directly (RFC 8058
 * List-Unsubscribe-Post). The token in the link is the authorisation, so the POST needs no login and no CSRF token
 * (it can only ever switch mail off for the token's owner).
 */
@Controller
class UnsubscribeController {

    private final Notifications notifications;

    UnsubscribeController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Configuration(proxyBeanMethods = false)
    static class OpenEndpoints {
        @Bean
        PublicWrites unsubscribeEndpoints() {
            return new PublicWrites() {
                @Override
                public List<String> anonymousPosts() {
                    return List.of("/da/unsubscribe", "/en/unsubscribe");
                }

                @Override
                public List<String> csrfExempt() {
                    return List.of("/da/unsubscribe", "/en/unsubscribe");
                }
            };
        }
    }

    @GetMapping("/{lang:da|en}/unsubscribe")
    String confirm(@PathVariable String lang, @RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("known", notifications.byToken(token).isPresent());
        return "notifications/unsubscribe";
    }

    @PostMapping("/{lang:da|en}/unsubscribe")
    Object unsubscribe(@PathVariable String lang, @RequestParam(required = false) String token, Model model) {
        boolean done = notifications.unsubscribe(token);
        model.addAttribute("done", done);
        model.addAttribute("known", done);
        model.addAttribute("token", token);
        if (!done) {
            return new org.springframework.web.servlet.ModelAndView("notifications/unsubscribe", model.asMap(),
                    HttpStatus.NOT_FOUND);
        }
        return "notifications/unsubscribe";
    }
}
