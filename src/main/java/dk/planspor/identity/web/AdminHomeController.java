package dk.planspor.identity.web;

import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The staff start page: what the signed-in user can do. */
@Controller
class AdminHomeController {

    private final MessageSource messages;

    AdminHomeController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping({"/{lang:da|en}/admin", "/{lang:da|en}/admin/"})
    String home(@PathVariable String lang, @AuthenticationPrincipal PlansporUser user, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("breadcrumbs", List.of(new Crumb(messages.getMessage("nav.home", null, l.locale()), "/" + lang + "/"),
                Crumb.current(messages.getMessage("admin.title", null, l.locale()))));
        return "identity/admin-home";
    }
}
