package dk.planspor.plans.admin;

import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.ConcurrentEditException;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.PlanCatalog;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for a commitment's milestones: add, edit, reorder and remove, each with a reason. */
@Controller
class MilestoneAdminController {

    private static final String PATH = CommitmentAdminController.BASE + "/{slug}/commitments/{number}/milestones";

    private final PlanCatalog catalog;
    private final MessageSource messages;

    MilestoneAdminController(PlanCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        model.addAttribute("form", new MilestoneForm(c.version(), null, null, null, null, null, null));
        return listPage(CommitmentAdminController.lang(lang), c, model);
    }

    @PostMapping(PATH)
    String add(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        checkDates(errors, form);
        if (errors.hasErrors()) {
            return listPage(CommitmentAdminController.lang(lang), c, model);
        }
        return attempt(lang, slug, number, redirect, model, c,
                () -> catalog.addMilestone(slug, number, form.version(), form.toEdit(), form.reason(), user));
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable String lang, @PathVariable String slug, @PathVariable String number, @PathVariable long id,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        Milestone m = find(c, id);
        model.addAttribute("form", new MilestoneForm(c.version(), m.title().da(), m.title().en(), m.start().text(),
                m.end().text(), m.statusText(), null));
        return editPage(CommitmentAdminController.lang(lang), c, m, model);
    }

    @PostMapping(PATH + "/{id}")
    String save(@PathVariable String lang, @PathVariable String slug, @PathVariable String number, @PathVariable long id,
            @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        Milestone m = find(c, id);
        checkDates(errors, form);
        if (errors.hasErrors()) {
            return editPage(CommitmentAdminController.lang(lang), c, m, model);
        }
        return attempt(lang, slug, number, redirect, model, c,
                () -> catalog.editMilestone(slug, number, form.version(), id, form.toEdit(), form.reason(), user));
    }

    @PostMapping(PATH + "/{id}/move")
    String move(@PathVariable String lang, @PathVariable String slug, @PathVariable String number, @PathVariable long id,
            @RequestParam int direction, @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        if (errors.hasErrors()) {
            model.addAttribute("form", new MilestoneForm(c.version(), null, null, null, null, null, null));
            model.addAttribute("reasonError", id);
            return listPage(CommitmentAdminController.lang(lang), c, model);
        }
        return attempt(lang, slug, number, redirect, model, c,
                () -> catalog.moveMilestone(slug, number, form.version(), id, direction, form.reason(), user));
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@PathVariable String lang, @PathVariable String slug, @PathVariable String number, @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        if (errors.hasErrors()) {
            model.addAttribute("form", new MilestoneForm(c.version(), null, null, null, null, null, null));
            model.addAttribute("reasonError", id);
            return listPage(CommitmentAdminController.lang(lang), c, model);
        }
        return attempt(lang, slug, number, redirect, model, c,
                () -> catalog.removeMilestone(slug, number, form.version(), id, form.reason(), user));
    }

    private String attempt(String lang, String slug, String number, RedirectAttributes redirect, Model model, Commitment c,
            Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", 1);
            return "redirect:/" + lang + "/admin/plans/" + slug + "/commitments/" + number + "/milestones";
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("conflict", true);
            return "redirect:/" + lang + "/admin/plans/" + slug + "/commitments/" + number + "/milestones";
        }
    }

    private static void checkDates(BindingResult errors, MilestoneForm form) {
        CommitmentAdminController.Dates.check(errors, "start", form.start());
        CommitmentAdminController.Dates.check(errors, "end", form.end());
    }

    private static Milestone find(Commitment c, long id) {
        return c.milestones().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("error.milestoneNotFound", id));
    }

    private String listPage(Lang l, Commitment c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("plan", c.plan());
        model.addAttribute("breadcrumbs", crumbs(l, c, Crumb.current(msg("admin.milestones", l))));
        return "plans/admin/milestones";
    }

    private String editPage(Lang l, Commitment c, Milestone m, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("m", m);
        model.addAttribute("plan", c.plan());
        model.addAttribute("breadcrumbs", crumbs(l, c, new Crumb(msg("admin.milestones", l),
                "/" + l.code() + "/admin/plans/" + c.plan().slug() + "/commitments/" + c.number() + "/milestones"),
                Crumb.current(m.title().in(l).text())));
        return "plans/admin/milestone-edit";
    }

    private List<Crumb> crumbs(Lang l, Commitment c, Crumb... more) {
        var list = new java.util.ArrayList<Crumb>();
        list.add(new Crumb(msg("admin.title", l), "/" + l.code() + "/admin/"));
        list.add(new Crumb(c.plan().title().in(l).text(), "/" + l.code() + "/admin/plans/" + c.plan().slug()));
        list.add(new Crumb(c.number() + " " + c.title().in(l).text(),
                "/" + l.code() + "/admin/plans/" + c.plan().slug() + "/commitments/" + c.number()));
        list.addAll(List.of(more));
        return list;
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
