package dk.planspor.tracking.web;

import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanCatalog.PlanOverview;
import dk.planspor.tracking.AdjustmentLedger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public history: a plan's adjustments grouped by commitment (as §2.1 "Justeringer"), and one commitment's. */
@Controller
class AdjustmentPageController {

    private final PlanCatalog catalog;
    private final AdjustmentLedger ledger;
    private final MessageSource messages;

    AdjustmentPageController(PlanCatalog catalog, AdjustmentLedger ledger, MessageSource messages) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/adjustments")
    String planAdjustments(@PathVariable String lang, @PathVariable String slug, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        PlanOverview overview = catalog.overview(slug);
        Map<String, Commitment> byNumber = overview.commitments().stream()
                .collect(Collectors.toMap(Commitment::number, Function.identity()));
        model.addAttribute("plan", overview.plan());
        model.addAttribute("groups", ledger.forPlan(slug));
        model.addAttribute("commitments", byNumber);
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(msg("nav.home", l), "/" + lang + "/"),
                new Crumb(msg("plans.title", l), "/" + lang + "/plans"),
                new Crumb(overview.plan().title().in(l).text(), "/" + lang + "/plans/" + slug),
                Crumb.current(msg("adjustments.title", l))));
        return "tracking/plan-adjustments";
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/commitments/{number}/history")
    String commitmentHistory(@PathVariable String lang, @PathVariable String slug, @PathVariable String number,
            Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Commitment c = catalog.commitment(slug, number);
        model.addAttribute("c", c);
        model.addAttribute("plan", c.plan());
        model.addAttribute("adjustments", ledger.forCommitment(slug, number));
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(msg("nav.home", l), "/" + lang + "/"),
                new Crumb(msg("plans.title", l), "/" + lang + "/plans"),
                new Crumb(c.plan().title().in(l).text(), "/" + lang + "/plans/" + slug),
                new Crumb(c.number() + " " + c.title().in(l).text(), "/" + lang + "/plans/" + slug + "/commitments/" + number),
                Crumb.current(msg("history.title", l))));
        return "tracking/commitment-history";
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
