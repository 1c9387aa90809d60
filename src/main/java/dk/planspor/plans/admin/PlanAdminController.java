package dk.planspor.plans.admin;

import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.ConcurrentEditException;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanEdit;
import dk.planspor.plans.PlanState;
import dk.planspor.plans.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The coordinator edits a plan: titles and summary in both languages, period, state and theme titles, with a reason. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class PlanAdminController {

    private final PlanCatalog catalog;
    private final MessageSource messages;

    PlanAdminController(PlanCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    record PlanForm(long version, @NotBlank(message = "{validation.titleDa}") @Size(max = 500) String titleDa,
            @Size(max = 500) String titleEn, @Size(max = 5000) String summaryDa, @Size(max = 5000) String summaryEn,
            @NotNull(message = "{validation.periodDate}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @NotNull(message = "{validation.periodDate}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            @NotNull PlanState state, List<Long> themeId, List<String> themeDa, List<String> themeEn,
            @NotBlank(message = "{validation.reason}") @Size(max = 4000) String reason) {
    }

    @GetMapping(CommitmentAdminController.BASE + "/{slug}/edit")
    String edit(@PathVariable String lang, @PathVariable String slug, Model model) {
        Plan p = catalog.findPlan(slug).orElseThrow(() -> new dk.planspor.platform.NotFoundException("error.planNotFound", slug));
        List<Theme> themes = catalog.themesOf(p);
        model.addAttribute("form", new PlanForm(p.version(), p.title().da(), p.title().en(), p.summary().da(),
                p.summary().en(), p.periodFrom(), p.periodTo(), p.state(), themes.stream().map(Theme::id).toList(),
                themes.stream().map(t -> t.title().da()).toList(), themes.stream().map(t -> t.title().en()).toList(), null));
        return page(Lang.fromCode(lang).orElseThrow(), p, themes, model);
    }

    @PostMapping(CommitmentAdminController.BASE + "/{slug}/edit")
    String save(@PathVariable String lang, @PathVariable String slug, @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors, @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect) {
        Plan p = catalog.findPlan(slug).orElseThrow(() -> new dk.planspor.platform.NotFoundException("error.planNotFound", slug));
        if (form.periodFrom() != null && form.periodTo() != null && form.periodTo().isBefore(form.periodFrom())) {
            errors.rejectValue("periodTo", "validation.periodOrder");
        }
        if (errors.hasErrors()) {
            return page(Lang.fromCode(lang).orElseThrow(), p, catalog.themesOf(p), model);
        }
        Map<Long, LocalizedText> themes = new HashMap<>();
        List<Long> ids = form.themeId() == null ? List.of() : form.themeId();
        for (int i = 0; i < ids.size(); i++) {
            themes.put(ids.get(i), LocalizedText.of(at(form.themeDa(), i), at(form.themeEn(), i)));
        }
        try {
            var changes = catalog.editPlan(slug, form.version(), new PlanEdit(LocalizedText.of(form.titleDa(), form.titleEn()),
                    LocalizedText.of(form.summaryDa(), form.summaryEn()), form.periodFrom(), form.periodTo(), form.state(),
                    themes), form.reason(), user);
            redirect.addFlashAttribute("saved", changes.size());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/" + lang + "/admin/plans/" + slug;
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }

    private String page(Lang l, Plan p, List<Theme> themes, Model model) {
        model.addAttribute("plan", p);
        model.addAttribute("themes", themes);
        model.addAttribute("states", PlanState.values());
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.getMessage("admin.title", null, l.locale()), "/" + l.code() + "/admin/"));
        crumbs.add(new Crumb(p.title().in(l).text(), "/" + l.code() + "/admin/plans/" + p.slug()));
        crumbs.add(Crumb.current(messages.getMessage("admin.editPlan", null, l.locale())));
        model.addAttribute("breadcrumbs", crumbs);
        return "plans/admin/plan-edit";
    }
}
