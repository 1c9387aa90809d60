package dk.planspor.plans.admin;

import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.CommitmentEdit;
import dk.planspor.plans.FuzzyDate;
import dk.planspor.plans.PlanCatalog;
import jakarta.validation.Valid;
import java.util.ArrayList;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for plans and commitments: lists, and the commitment edit form with its reason. */
@Controller
class CommitmentAdminController {

    static final String BASE = "/{lang:da|en}/admin/plans";

    private final PlanCatalog catalog;
    private final MessageSource messages;

    CommitmentAdminController(PlanCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String plans(@PathVariable String lang, Model model) {
        Lang l = lang(lang);
        model.addAttribute("plans", catalog.plans());
        model.addAttribute("breadcrumbs", crumbs(l, Crumb.current(msg("admin.plans", l))));
        return "plans/admin/plans";
    }

    @GetMapping(BASE + "/{slug}")
    String plan(@PathVariable String lang, @PathVariable String slug, @AuthenticationPrincipal PlansporUser user, Model model) {
        Lang l = lang(lang);
        PlanCatalog.PlanOverview overview = catalog.overview(slug);
        model.addAttribute("overview", overview);
        model.addAttribute("plan", overview.plan());
        model.addAttribute("user", user);
        model.addAttribute("breadcrumbs", crumbs(l, new Crumb(msg("admin.plans", l), "/" + lang + "/admin/plans"),
                Crumb.current(overview.plan().title().in(l).text())));
        return "plans/admin/plan";
    }

    @GetMapping(BASE + "/{slug}/commitments/{number}")
    String edit(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        model.addAttribute("form", CommitmentForm.of(CommitmentEdit.of(c), c.version()));
        return editPage(lang(lang), c, model);
    }

    @PostMapping(BASE + "/{slug}/commitments/{number}")
    String save(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            @Valid @ModelAttribute("form") CommitmentForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect) {
        Commitment current = catalog.commitmentForEditing(slug, number, user);
        Dates.check(errors, "period", form.period());
        if (errors.hasErrors()) {
            return editPage(lang(lang), current, model);
        }
        try {
            var changes = catalog.editCommitment(slug, number, form.version(), form.toEdit(), form.reason(), user);
            redirect.addFlashAttribute("saved", changes.size());
            return "redirect:/" + lang + "/admin/plans/" + slug + "/commitments/" + number;
        } catch (dk.planspor.plans.ConcurrentEditException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            Commitment now = catalog.commitmentForEditing(slug, number, user);
            model.addAttribute("form", form.atVersion(now.version()));
            model.addAttribute("conflict", Conflicts.between(form.toEdit(), CommitmentEdit.of(now)));
            return editPage(lang(lang), now, model);
        }
    }

    private String editPage(Lang l, Commitment c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("plan", c.plan());
        model.addAttribute("completions", dk.planspor.plans.Completion.values());
        model.addAttribute("breadcrumbs", crumbs(l, new Crumb(msg("admin.plans", l), "/" + l.code() + "/admin/plans"),
                new Crumb(c.plan().title().in(l).text(), "/" + l.code() + "/admin/plans/" + c.plan().slug()),
                Crumb.current(c.number() + " " + c.title().in(l).text())));
        return "plans/admin/commitment-edit";
    }

    private List<Crumb> crumbs(Lang l, Crumb... more) {
        List<Crumb> list = new ArrayList<>();
        list.add(new Crumb(msg("nav.home", l), "/" + l.code() + "/"));
        list.add(new Crumb(msg("admin.title", l), "/" + l.code() + "/admin/"));
        list.addAll(List.of(more));
        return list;
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }

    static Lang lang(String code) {
        return Lang.fromCode(code).orElseThrow();
    }

    /** Date fields are read by FuzzyDate; unreadable text is an inline error in the user's language. */
    static final class Dates {
        private Dates() {
        }

        static void check(BindingResult errors, String field, String value) {
            if (value != null && !value.isBlank() && FuzzyDate.tryParse(value).isEmpty()) {
                errors.rejectValue(field, "validation.date", new Object[] {value}, "Unreadable date");
            }
        }
    }
}
