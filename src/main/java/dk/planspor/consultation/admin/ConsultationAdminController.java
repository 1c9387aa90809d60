package dk.planspor.consultation.admin;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ResponsePage;
import dk.planspor.consultation.ConsultationException;
import dk.planspor.consultation.ConsultationKind;
import dk.planspor.consultation.Disposition;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for consultations. The coordinator creates and edits consultations, publishes the co-creation
 * timeline, opens (with an override reason when the 14-day notice is not kept) and accepts late responses.
 * Moderators and the coordinator see the responses (moderation is in {@link ResponseAdminController}).
 */
@Controller
class ConsultationAdminController {

    static final String BASE = "/{lang:da|en}/admin/consultations";

    private final ConsultationDesk desk;
    private final MessageSource messages;

    ConsultationAdminController(ConsultationDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(BASE)
    @PreAuthorize("hasAnyRole('COORDINATOR','MODERATOR')")
    String list(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("consultations", desk.all());
        model.addAttribute("now", desk.now());
        model.addAttribute("breadcrumbs", List.of(admin(l), Crumb.current(msg("consultation.title", l))));
        return "consultation/admin/list";
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String createForm(@PathVariable String lang, Model model) {
        model.addAttribute("form", new ConsultationForm(0L, null, ConsultationKind.CO_CREATION, null, null, null, null, null,
                null, null, null, null, null, null, null, null));
        return editPage(Lang.fromCode(lang).orElseThrow(), null, model);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@PathVariable String lang, @Valid @ModelAttribute("form") ConsultationForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model, HttpServletResponse response) {
        validate(form, errors);
        if (form.slug() != null && desk.find(form.slug()).isPresent()) {
            errors.rejectValue("slug", "consultation.admin.validation.slugTaken");
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return editPage(Lang.fromCode(lang).orElseThrow(), null, model);
        }
        desk.create(form.edit(), user, form.reason());
        return "redirect:/" + lang + "/admin/consultations/" + form.slug();
    }

    @GetMapping(BASE + "/{slug}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editForm(@PathVariable String lang, @PathVariable String slug, Model model) {
        Consultation c = desk.consultation(slug);
        model.addAttribute("form", ConsultationForm.of(c));
        return editPage(Lang.fromCode(lang).orElseThrow(), c, model);
    }

    @PostMapping(BASE + "/{slug}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable String lang, @PathVariable String slug, @Valid @ModelAttribute("form") ConsultationForm form,
            BindingResult errors, @AuthenticationPrincipal PlansporUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Consultation c = desk.consultation(slug);
        validate(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return editPage(Lang.fromCode(lang).orElseThrow(), c, model);
        }
        var e = form.edit();
        var kept = new dk.planspor.consultation.ConsultationEdit(slug, e.kind(), e.titleDa(), e.titleEn(), e.descriptionDa(),
                e.descriptionEn(), e.opensAt(), e.deadline(), e.contactName(), e.contactEmail(), e.planSlug(), e.reportUrl(),
                e.invitees(), e.documents());
        redirect.addFlashAttribute(desk.edit(slug, form.version() == null ? -1 : form.version(), kept, user, form.reason()) ? "saved" : "conflict", true);
        return "redirect:/" + lang + "/admin/consultations/" + slug;
    }

    @GetMapping(BASE + "/{slug}")
    @PreAuthorize("hasAnyRole('COORDINATOR','MODERATOR')")
    String overview(@PathVariable String lang, @PathVariable String slug, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Consultation c = desk.consultation(slug);
        model.addAttribute("c", c);
        model.addAttribute("state", c.state(desk.now()));
        ResponsePage responses = desk.responses(c, page);
        model.addAttribute("responses", responses.responses());
        model.addAttribute("responsePage", responses);
        model.addAttribute("pageBase", "/" + lang + "/admin/consultations/" + slug);
        model.addAttribute("audit", desk.auditOf(c));
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("breadcrumbs", List.of(admin(l), new Crumb(msg("consultation.title", l), "/" + l.code() + "/admin/consultations"),
                Crumb.current(c.title().in(l).text())));
        return "consultation/admin/consultation";
    }

    @PostMapping(BASE + "/{slug}/timeline")
    @PreAuthorize("hasRole('COORDINATOR')")
    String timeline(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        desk.publishTimeline(slug, user, reason);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/" + lang + "/admin/consultations/" + slug;
    }

    @PostMapping(BASE + "/{slug}/open")
    @PreAuthorize("hasRole('COORDINATOR')")
    String open(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) String override,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            desk.open(slug, override, user, reason);
            redirect.addFlashAttribute("saved", true);
        } catch (ConsultationException e) {
            redirect.addFlashAttribute("noticeNeeded", true);
        }
        return "redirect:/" + lang + "/admin/consultations/" + slug;
    }

    @PostMapping(BASE + "/{slug}/late")
    @PreAuthorize("hasRole('COORDINATOR')")
    String late(@PathVariable String lang, @PathVariable String slug, @RequestParam boolean accept,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        desk.acceptLate(slug, accept, user, reason);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/" + lang + "/admin/consultations/" + slug;
    }

    private static void validate(ConsultationForm form, BindingResult errors) {
        if (form.opensAt() != null && form.deadline() != null && !form.deadline().isAfter(form.opensAt())) {
            errors.rejectValue("deadline", "consultation.admin.validation.order");
        }
        if (!errors.hasFieldErrors("documents") && form.kind() != null && form.opensAt() != null && form.deadline() != null
                && form.slug() != null && !form.documentsValid()) {
            errors.rejectValue("documents", "consultation.admin.validation.documents");
        }
        if (form.reportUrl() != null && !form.reportUrl().isBlank() && !form.reportUrl().strip().matches("(?i)https?://\\S+")) {
            errors.rejectValue("reportUrl", "consultation.admin.validation.documents");
        }
    }

    private String editPage(Lang l, Consultation c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("kinds", ConsultationKind.values());
        List<Crumb> crumbs = new ArrayList<>(List.of(admin(l), new Crumb(msg("consultation.title", l), "/" + l.code() + "/admin/consultations")));
        crumbs.add(Crumb.current(msg(c == null ? "consultation.admin.new" : "consultation.admin.edit", l)));
        model.addAttribute("breadcrumbs", crumbs);
        return "consultation/admin/edit";
    }

    private Crumb admin(Lang l) {
        return new Crumb(msg("admin.title", l), "/" + l.code() + "/admin/");
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
