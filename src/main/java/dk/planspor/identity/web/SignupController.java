package dk.planspor.identity.web;

import dk.planspor.identity.Accounts;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Citizens and NGOs sign up as participants with an e-mail address they must verify. */
@Controller
class SignupController {

    private final Accounts accounts;
    private final MessageSource messages;

    SignupController(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    record SignupForm(@NotBlank(message = "{validation.email}") @Email(message = "{validation.email}") @Size(max = 254) String email,
            @NotBlank(message = "{validation.name}") @Size(max = 200) String displayName,
            @NotBlank(message = "{password.tooShort}") @Size(max = 128) String password,
            @jakarta.validation.constraints.NotNull(message = "{validation.terms}") @AssertTrue(message = "{validation.terms}") Boolean terms) {
    }

    @GetMapping("/{lang:da|en}/signup")
    String form(@PathVariable String lang, Model model) {
        model.addAttribute("form", new SignupForm(null, null, null, null));
        return page(Lang.fromCode(lang).orElseThrow(), model);
    }

    @PostMapping("/{lang:da|en}/signup")
    String signUp(@PathVariable String lang, @Valid @ModelAttribute("form") SignupForm form, BindingResult errors, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        if (form.password() != null && !form.password().isBlank() && !errors.hasFieldErrors("password")) {
            dk.planspor.identity.PasswordPolicy.check(form.password(), form.email()).forEach(k -> errors.rejectValue("password", k));
        }
        if (!errors.hasErrors()) {
            try {
                accounts.signUp(form.email(), form.displayName(), form.password(), lang);
                model.addAttribute("email", form.email());
                model.addAttribute("breadcrumbs", List.of(Crumb.current(msg("signup.title", l))));
                return "identity/signup-sent";
            } catch (Accounts.InvalidPasswordException e) {
                e.keys().forEach(k -> errors.rejectValue("password", k));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("email", e.getMessage());
            }
        }
        return page(l, model);
    }

    @GetMapping("/{lang:da|en}/signup/verify")
    String verify(@PathVariable String lang, @RequestParam(required = false) String token, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("verified", accounts.verifyEmail(token));
        model.addAttribute("breadcrumbs", List.of(Crumb.current(msg("signup.title", l))));
        return "identity/signup-verified";
    }

    private String page(Lang l, Model model) {
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + l.code() + "/"),
                Crumb.current(msg("signup.title", l))));
        return "identity/signup";
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
