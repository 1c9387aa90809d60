package dk.planspor.plans.admin;

import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.OgpValue;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PolicyArea;
import jakarta.validation.Valid;
import java.util.EnumSet;
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

/**
 * Staff classify a commitment by OGP: its OGP ID, OGP's policy areas and the OGP values, with a reason. The same
 * people as for the commitment's other fields (the coordinator, editors of the lead agency); each change an
 * adjustment.
 */
@Controller
class OgpClassificationController {

    private static final String PATH = CommitmentAdminController.BASE + "/{slug}/commitments/{number}/ogp";

    private final PlanCatalog catalog;
    private final MessageSource messages;

    OgpClassificationController(PlanCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        Commitment c = catalog.commitmentForEditing(slug, number, user);
        model.addAttribute("form", OgpClassificationForm.of(c));
        return page(CommitmentAdminController.lang(lang), c, model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            @Valid @ModelAttribute("form") OgpClassificationForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect) {
        Commitment current = catalog.commitmentForEditing(slug, number, user);
        form.policyAreas().stream().filter(code -> PolicyArea.byCode(code).isEmpty()).findFirst()
                .ifPresent(code -> errors.rejectValue("policyAreas", "validation.policyArea", new Object[] {code}, "Unknown"));
        if (errors.hasErrors()) {
            return page(CommitmentAdminController.lang(lang), current, model);
        }
        try {
            var values = form.ogpValues().isEmpty() ? EnumSet.noneOf(OgpValue.class) : EnumSet.copyOf(form.ogpValues());
            var changes = catalog.classifyCommitment(slug, number, form.version(), form.ogpId(), form.policyAreas(),
                    values, form.reason(), user);
            redirect.addFlashAttribute("saved", changes.size());
            return "redirect:/" + lang + "/admin/plans/" + slug + "/commitments/" + number + "/ogp";
        } catch (dk.planspor.plans.ConcurrentEditException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            Commitment now = catalog.commitmentForEditing(slug, number, user);
            model.addAttribute("form", form.atVersion(now.version()));
            model.addAttribute("stale", true);
            return page(CommitmentAdminController.lang(lang), now, model);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            errors.rejectValue("ogpId", "validation.ogpId.taken", new Object[] {form.ogpId()}, "Taken");
            return page(CommitmentAdminController.lang(lang), catalog.commitmentForEditing(slug, number, user), model);
        }
    }

    private String page(Lang l, Commitment c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("plan", c.plan());
        model.addAttribute("areas", PolicyArea.all());
        model.addAttribute("values", OgpValue.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + l.code() + "/"),
                new Crumb(msg("admin.title", l), "/" + l.code() + "/admin/"),
                new Crumb(msg("admin.plans", l), "/" + l.code() + "/admin/plans"),
                new Crumb(c.plan().title().in(l).text(), "/" + l.code() + "/admin/plans/" + c.plan().slug()),
                new Crumb(c.number() + " " + c.title().in(l).text(),
                        "/" + l.code() + "/admin/plans/" + c.plan().slug() + "/commitments/" + c.number()),
                Crumb.current(msg("admin.ogp.title", l))));
        return "plans/admin/commitment-ogp";
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
