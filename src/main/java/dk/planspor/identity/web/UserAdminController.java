package dk.planspor.identity.web;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.OrganisationDirectory;
import dk.planspor.identity.OrganisationKind;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator manages users (roles, organisation, access) and organisations, and reads the sign-in log. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class UserAdminController {

    private static final String BASE = "/{lang:da|en}/admin";

    private final Accounts accounts;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;

    UserAdminController(Accounts accounts, OrganisationDirectory organisations, MessageSource messages) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.messages = messages;
    }

    record NewUserForm(@NotBlank(message = "{validation.email}") @Email(message = "{validation.email}") @Size(max = 254) String email,
            @NotBlank(message = "{validation.name}") @Size(max = 200) String displayName, String organisation,
            Set<Role> roles, @NotBlank(message = "{password.tooShort}") String password) {
    }

    record RolesForm(String organisation, Set<Role> roles, Boolean enabled) {
    }

    record OrganisationForm(@NotBlank(message = "{validation.name}") @Size(max = 200) String nameDa,
            @Size(max = 200) String nameEn, OrganisationKind kind) {
    }

    @GetMapping(BASE + "/users")
    String users(@PathVariable String lang, Model model) {
        model.addAttribute("form", new NewUserForm(null, null, null, EnumSet.noneOf(Role.class), null));
        model.addAttribute("orgForm", new OrganisationForm(null, null, OrganisationKind.AGENCY));
        return page(Lang.fromCode(lang).orElseThrow(), model);
    }

    @PostMapping(BASE + "/users")
    String create(@PathVariable String lang, @Valid @ModelAttribute("form") NewUserForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser actor, Model model, RedirectAttributes redirect) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        if (!errors.hasErrors()) {
            try {
                accounts.create(form.email(), form.displayName(), form.organisation(),
                        form.roles() == null ? Set.of() : form.roles(), form.password(), actor.getUsername());
                redirect.addFlashAttribute("saved", form.email());
                return "redirect:/" + lang + "/admin/users";
            } catch (Accounts.InvalidPasswordException e) {
                e.keys().forEach(k -> errors.rejectValue("password", k));
            } catch (IllegalArgumentException e) {
                errors.reject(e.getMessage());
            }
        }
        model.addAttribute("orgForm", new OrganisationForm(null, null, OrganisationKind.AGENCY));
        return page(l, model);
    }

    @PostMapping(BASE + "/users/{id}")
    String change(@PathVariable String lang, @PathVariable long id, @ModelAttribute RolesForm form,
            @AuthenticationPrincipal PlansporUser actor, RedirectAttributes redirect) {
        var user = accounts.byId(id).orElseThrow(() -> new dk.planspor.platform.NotFoundException("error.userNotFound", id));
        accounts.changeRoles(user.username(), form.roles() == null ? Set.of() : form.roles(), form.organisation(),
                Boolean.TRUE.equals(form.enabled()), actor.getUsername());
        redirect.addFlashAttribute("saved", user.username());
        return "redirect:/" + lang + "/admin/users";
    }

    @PostMapping(BASE + "/organisations")
    String organisation(@PathVariable String lang, @Valid @ModelAttribute("orgForm") OrganisationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("form", new NewUserForm(null, null, null, EnumSet.noneOf(Role.class), null));
            return page(Lang.fromCode(lang).orElseThrow(), model);
        }
        organisations.register(OrganisationDirectory.slugOf(form.nameDa()), LocalizedText.of(form.nameDa(), form.nameEn()),
                form.kind() == null ? OrganisationKind.AGENCY : form.kind());
        redirect.addFlashAttribute("saved", form.nameDa());
        return "redirect:/" + lang + "/admin/users";
    }

    @GetMapping(BASE + "/security-log")
    String log(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("events", accounts.recentEvents());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("admin.title", l), "/" + lang + "/admin/"),
                Crumb.current(msg("admin.securityLog", l))));
        return "identity/security-log";
    }

    private String page(Lang l, Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("admin.title", l), "/" + l.code() + "/admin/"),
                Crumb.current(msg("admin.users", l))));
        return "identity/users";
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
