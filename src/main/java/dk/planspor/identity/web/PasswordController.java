package dk.planspor.identity.web;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PasswordResets;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot your password?" (a link by e-mail) and, for a signed-in user, "change your password". */
@Controller
class PasswordController {

    private final PasswordResets resets;
    private final MessageSource messages;

    PasswordController(PasswordResets resets, MessageSource messages) {
        this.resets = resets;
        this.messages = messages;
    }

    record ForgotForm(@NotBlank(message = "{validation.email}") @Email(message = "{validation.email}") @Size(max = 254) String email) {
    }

    record NewPasswordForm(String token, String current, @NotBlank(message = "{password.tooShort}") @Size(max = 128) String password,
            String repeat) {
    }

    @GetMapping("/{lang:da|en}/login/forgot")
    String forgot(@PathVariable String lang, Model model) {
        model.addAttribute("form", new ForgotForm(null));
        return page(lang, "password.forgot.title", "identity/password-forgot", model);
    }

    @PostMapping("/{lang:da|en}/login/forgot")
    String requestLink(@PathVariable String lang, @Valid @ModelAttribute("form") ForgotForm form, BindingResult errors,
            HttpServletRequest request, Model model) {
        if (!errors.hasErrors()) {
            try {
                resets.request(form.email(), Lang.fromCode(lang).orElseThrow(), request.getRemoteAddr());
                model.addAttribute("email", form.email());
                return page(lang, "password.forgot.title", "identity/password-forgot-sent", model);
            } catch (PasswordResets.TooManyRequests e) {
                errors.reject("password.reset.tooMany", new Object[] {(e.seconds() + 59) / 60}, null);
            }
        }
        return page(lang, "password.forgot.title", "identity/password-forgot", model);
    }

    @GetMapping("/{lang:da|en}/login/reset")
    String resetForm(@PathVariable String lang, @RequestParam(required = false) String token, Model model) {
        model.addAttribute("form", new NewPasswordForm(token, null, null, null));
        model.addAttribute("usable", resets.usable(token));
        return page(lang, "password.reset.title", "identity/password-reset", model);
    }

    @PostMapping("/{lang:da|en}/login/reset")
    String reset(@PathVariable String lang, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
            HttpServletRequest request, Model model) {
        model.addAttribute("usable", true);
        if (setPassword(form, errors, () -> resets.reset(form.token(), form.password(), request.getRemoteAddr()))) {
            return page(lang, "password.reset.title", "identity/password-done", model);
        }
        if (errors.getGlobalErrors().stream().anyMatch(e -> "password.reset.invalid".equals(e.getCode()))) {
            model.addAttribute("usable", false);
        }
        return page(lang, "password.reset.title", "identity/password-reset", model);
    }

    @GetMapping("/{lang:da|en}/account/password")
    String changeForm(@PathVariable String lang, Model model) {
        model.addAttribute("form", new NewPasswordForm(null, null, null, null));
        return page(lang, "password.change.title", "identity/password-change", model);
    }

    @PostMapping("/{lang:da|en}/account/password")
    String change(@PathVariable String lang, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, HttpServletRequest request, Model model) {
        if (setPassword(form, errors, () -> resets.change(user, form.current(), form.password(), request.getSession().getId(),
                request.getRemoteAddr()))) {
            model.addAttribute("changed", true);
            model.addAttribute("form", new NewPasswordForm(null, null, null, null));
        }
        return page(lang, "password.change.title", "identity/password-change", model);
    }

    /** Runs {@code action} when the form is valid and both passwords agree; the rules' refusals become form errors. */
    private static boolean setPassword(NewPasswordForm form, BindingResult errors, Runnable action) {
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.repeat())) {
            errors.rejectValue("repeat", "password.repeat.differs");
        }
        if (errors.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (Accounts.InvalidPasswordException e) {
            e.keys().forEach(k -> errors.rejectValue("password", k));
        } catch (PasswordResets.Refused e) {
            if ("password.current.wrong".equals(e.messageKey())) {
                errors.rejectValue("current", e.messageKey());
            } else {
                errors.reject(e.messageKey());
            }
        }
        return false;
    }

    private String page(String lang, String titleKey, String view, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("breadcrumbs", List.of(new Crumb(messages.getMessage("nav.home", null, l.locale()), "/" + lang + "/"),
                Crumb.current(messages.getMessage(titleKey, null, l.locale()))));
        return view;
    }
}
