package dk.planspor.identity.web;

import dk.planspor.identity.OidcClients;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The staff login form (username + password, Spring Security's field names) and OIDC sign-in links. */
@Controller
class LoginController {

    private final MessageSource messages;
    private final OidcClients oidc;

    LoginController(MessageSource messages, OidcClients oidc) {
        this.messages = messages;
        this.oidc = oidc;
    }

    @GetMapping("/{lang:da|en}/login")
    String login(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        List<ClientRegistration> providers = new ArrayList<>();
        oidc.forEach(providers::add);
        model.addAttribute("providers", providers);
        model.addAttribute("breadcrumbs", List.of(new Crumb(messages.getMessage("nav.home", null, l.locale()), "/" + lang + "/"),
                Crumb.current(messages.getMessage("login.title", null, l.locale()))));
        return "identity/login";
    }
}
