package dk.planspor.assessment.admin;

import dk.planspor.assessment.AnswerSheet;
import dk.planspor.assessment.AssessmentRound;
import dk.planspor.assessment.RoundKind;
import dk.planspor.assessment.SelfAssessments;
import dk.planspor.identity.PlansporUser;
import dk.planspor.plans.Completion;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of self-assessment rounds: the coordinator opens a round, follows its dashboard, freezes
 * and publishes it; owners (editors of the lead agency) answer for their commitments.
 */
@Controller
class RoundAdminController {

    static final String BASE = "/{lang:da|en}/admin/assessments";
    private static final String ROUND = BASE + "/{slug}/{kind:midterm|final}";

    private final SelfAssessments assessments;
    private final PlanCatalog catalog;
    private final MessageSource messages;
    private final dk.planspor.assessment.CommentPeriods comments;

    RoundAdminController(SelfAssessments assessments, PlanCatalog catalog, MessageSource messages,
            dk.planspor.assessment.CommentPeriods comments) {
        this.comments = comments;
        this.assessments = assessments;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String rounds(@PathVariable String lang, @AuthenticationPrincipal PlansporUser user, Model model) {
        model.addAttribute("form", new OpenRoundForm(null, RoundKind.MIDTERM, null));
        return roundsPage(Lang.fromCode(lang).orElseThrow(), user, model);
    }

    @PostMapping(BASE)
    String open(@PathVariable String lang, @Valid @ModelAttribute("form") OpenRoundForm form, BindingResult errors,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        if (!errors.hasErrors()) {
            try {
                assessments.open(form.plan(), form.kind(), form.deadline(), user);
                return "redirect:/" + lang + "/admin/assessments/" + form.plan() + "/" + form.kind().slug();
            } catch (IllegalArgumentException e) {
                errors.rejectValue("deadline", e.getMessage());
            } catch (IllegalStateException e) {
                errors.rejectValue("kind", e.getMessage());
            }
        }
        return roundsPage(l, user, model);
    }

    @GetMapping(ROUND)
    String round(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        RoundKind k = RoundKind.fromSlug(kind).orElseThrow();
        AssessmentRound round = assessments.round(slug, k)
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("assessment.error.noRound", slug));
        model.addAttribute("round", round);
        model.addAttribute("progress", assessments.progress(slug, k));
        model.addAttribute("user", user);
        model.addAttribute("comment", comments.of(slug, k).orElse(null));
        if (round.isFrozen() && user.isCoordinator()) {
            model.addAttribute("missingEnglish", assessments.missingEnglish(slug, k));
        }
        model.addAttribute("breadcrumbs", List.of(adminCrumb(l), roundsCrumb(l), Crumb.current(roundTitle(l, round))));
        return "assessment/admin/round";
    }

    @GetMapping(ROUND + "/{number}")
    String sheet(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind, @PathVariable String number,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        AnswerSheet sheet = assessments.sheet(slug, RoundKind.fromSlug(kind).orElseThrow(), number, user);
        model.addAttribute("form", AnswerForm.of(sheet));
        return sheetPage(Lang.fromCode(lang).orElseThrow(), sheet, model);
    }

    @PostMapping(ROUND + "/{number}")
    String answer(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind,
            @PathVariable String number, @Valid @ModelAttribute("form") AnswerForm form, BindingResult errors,
            @RequestParam(defaultValue = "draft") String action, @AuthenticationPrincipal PlansporUser user, Model model,
            RedirectAttributes redirect) {
        RoundKind k = RoundKind.fromSlug(kind).orElseThrow();
        boolean submit = "submit".equals(action);
        if (submit && form.completion() == null) {
            errors.rejectValue("completion", "assessment.error.completion");
        }
        if (errors.hasErrors()) {
            return sheetPage(Lang.fromCode(lang).orElseThrow(), assessments.sheet(slug, k, number, user), model);
        }
        assessments.answer(slug, k, number, form.toInput(), submit, user);
        redirect.addFlashAttribute("saved", submit ? "submitted" : "draft");
        return "redirect:/" + lang + "/admin/assessments/" + slug + "/" + kind + "/" + number;
    }

    @GetMapping(ROUND + "/texts")
    String texts(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        if (!user.isCoordinator()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the coordinator edits report texts");
        }
        model.addAttribute("form", TextsForm.of(assessments.texts(slug, RoundKind.fromSlug(kind).orElseThrow())));
        return textsPage(Lang.fromCode(lang).orElseThrow(), slug, RoundKind.fromSlug(kind).orElseThrow(), model);
    }

    @PostMapping(ROUND + "/texts")
    String saveTexts(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind,
            @Valid @ModelAttribute("form") TextsForm form, BindingResult errors, @AuthenticationPrincipal PlansporUser user,
            Model model, RedirectAttributes redirect) {
        RoundKind k = RoundKind.fromSlug(kind).orElseThrow();
        if (errors.hasErrors()) {
            return textsPage(Lang.fromCode(lang).orElseThrow(), slug, k, model);
        }
        assessments.editTexts(slug, k, form.texts(), user);
        redirect.addFlashAttribute("saved", 1);
        return "redirect:/" + lang + "/admin/assessments/" + slug + "/" + kind + "/texts";
    }

    private String textsPage(Lang l, String slug, RoundKind kind, Model model) {
        String roundPath = "/" + l.code() + "/admin/assessments/" + slug + "/" + kind.slug();
        model.addAttribute("roundPath", roundPath);
        model.addAttribute("heading", msg("assessment.admin.texts", l) + ": " + msg(kind.messageKey(), l) + " " + slug);
        model.addAttribute("breadcrumbs", List.of(adminCrumb(l), roundsCrumb(l),
                new Crumb(msg(kind.messageKey(), l) + " " + slug, roundPath), Crumb.current(msg("assessment.admin.texts", l))));
        return "assessment/admin/texts";
    }

    @PostMapping(ROUND + "/freeze")
    String freeze(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        assessments.freeze(slug, RoundKind.fromSlug(kind).orElseThrow(), user);
        redirect.addFlashAttribute("frozen", true);
        return "redirect:/" + lang + "/admin/assessments/" + slug + "/" + kind;
    }

    /** Puts the draft report to a two-week public comment period (a consultation), once per round. */
    @PostMapping(ROUND + "/comment")
    String comment(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        comments.open(slug, RoundKind.fromSlug(kind).orElseThrow(), user);
        redirect.addFlashAttribute("commentOpened", true);
        return "redirect:/" + lang + "/admin/assessments/" + slug + "/" + kind;
    }

    @PostMapping(ROUND + "/publish")
    String publish(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind,
            @RequestParam(defaultValue = "false") boolean confirmMissingEnglish, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes redirect) {
        try {
            assessments.publish(slug, RoundKind.fromSlug(kind).orElseThrow(), confirmMissingEnglish, user);
            redirect.addFlashAttribute("published", true);
        } catch (SelfAssessments.MissingEnglishException e) {
            redirect.addFlashAttribute("confirmNeeded", true);
        }
        return "redirect:/" + lang + "/admin/assessments/" + slug + "/" + kind;
    }

    /** A write to a round that is frozen (or not frozen yet, for publishing): back to the round with a note. */
    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalStateException.class)
    String notNow(IllegalStateException e, jakarta.servlet.http.HttpServletRequest request) {
        String[] parts = request.getRequestURI().split("/");
        if (parts.length < 6) {
            throw e;
        }
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put("notNow", e.getMessage());
        return "redirect:" + String.join("/", java.util.Arrays.copyOf(parts, 6));
    }

    private String roundsPage(Lang l, PlansporUser user, Model model) {
        model.addAttribute("rounds", assessments.allRounds());
        model.addAttribute("plans", catalog.plans());
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("user", user);
        model.addAttribute("breadcrumbs", List.of(adminCrumb(l), Crumb.current(msg("assessment.admin.title", l))));
        return "assessment/admin/rounds";
    }

    private String sheetPage(Lang l, AnswerSheet sheet, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("completions", Completion.values());
        String roundPath = "/" + l.code() + "/admin/assessments/" + sheet.planSlug() + "/" + sheet.kind().slug();
        model.addAttribute("roundPath", roundPath);
        model.addAttribute("breadcrumbs", List.of(adminCrumb(l), roundsCrumb(l),
                new Crumb(msg(sheet.kind().messageKey(), l) + " " + sheet.planSlug(), roundPath),
                Crumb.current(msg("assessment.commitment", l, sheet.number()))));
        return "assessment/admin/answer";
    }

    private String roundTitle(Lang l, AssessmentRound round) {
        return msg(round.kind().messageKey(), l) + " " + round.planSlug();
    }

    private Crumb adminCrumb(Lang l) {
        return new Crumb(msg("admin.title", l), "/" + l.code() + "/admin");
    }

    private Crumb roundsCrumb(Lang l) {
        return new Crumb(msg("assessment.admin.title", l), "/" + l.code() + "/admin/assessments");
    }

    private String msg(String key, Lang l, Object... args) {
        return messages.getMessage(key, args, l.locale());
    }
}
