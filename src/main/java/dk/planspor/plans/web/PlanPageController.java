package dk.planspor.plans.web;

import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.CommitmentPagePanel;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanCatalog.PlanOverview;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: front page, plans list, plan page and commitment page, in Danish and English. */
@Controller
class PlanPageController {

    private final PlanCatalog catalog;
    private final MessageSource messages;
    private final List<CommitmentPagePanel> panels;
    private final dk.planspor.plans.IrmRecord irm;

    /** OGP's page of a commitment, {id} being its OGP ID (the member's part of the address is configuration). */
    private final String ogpCommitmentUrl;

    PlanPageController(PlanCatalog catalog, MessageSource messages, List<CommitmentPagePanel> panels,
            dk.planspor.plans.IrmRecord irm,
            @org.springframework.beans.factory.annotation.Value("${planspor.ogp.commitment-url}")
            String ogpCommitmentUrl) {
        this.ogpCommitmentUrl = ogpCommitmentUrl;
        this.catalog = catalog;
        this.messages = messages;
        this.panels = panels;
        this.irm = irm;
    }

    @GetMapping({"/{lang:da|en}", "/{lang:da|en}/"})
    String front(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("current", catalog.currentPlan().map(p -> catalog.overview(p.slug())).orElse(null));
        model.addAttribute("plans", catalog.plans());
        model.addAttribute("today", catalog.today());
        model.addAttribute("breadcrumbs", List.of(Crumb.current(msg("nav.home", l))));
        return "plans/front";
    }

    @GetMapping("/{lang:da|en}/plans")
    String plans(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("plans", catalog.plans());
        model.addAttribute("breadcrumbs", List.of(home(l), Crumb.current(msg("plans.title", l))));
        return "plans/list";
    }

    @GetMapping("/{lang:da|en}/plans/{slug}")
    String plan(@PathVariable String lang, @PathVariable String slug, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        PlanOverview overview = catalog.overview(slug);
        model.addAttribute("overview", overview);
        model.addAttribute("plan", overview.plan());
        model.addAttribute("irmReports", irm.ofPlan(overview.plan()));
        model.addAttribute("breadcrumbs", List.of(home(l), plansCrumb(l),
                Crumb.current(overview.plan().title().in(l).text())));
        return "plans/plan";
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/commitments/{number}")
    String commitment(@PathVariable String lang, @PathVariable String slug, @PathVariable String number, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Commitment c = catalog.commitment(slug, number);
        model.addAttribute("c", c);
        model.addAttribute("plan", c.plan());
        if (c.ogpId() != null) {
            model.addAttribute("ogpCommitmentUrl", ogpCommitmentUrl.replace("{id}",
                    java.net.URLEncoder.encode(c.ogpId().toLowerCase(java.util.Locale.ROOT),
                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        model.addAttribute("irm", irm.ofCommitment(c));
        model.addAttribute("today", catalog.today());
        model.addAttribute("panels", panels.stream().map(p -> p.panelFor(slug, c.number(), l)).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("breadcrumbs", List.of(home(l), plansCrumb(l),
                new Crumb(c.plan().title().in(l).text(), "/" + l.code() + "/plans/" + slug),
                Crumb.current(c.number() + " " + c.title().in(l).text())));
        return "plans/commitment";
    }

    private Crumb home(Lang l) {
        return new Crumb(msg("nav.home", l), "/" + l.code() + "/");
    }

    private Crumb plansCrumb(Lang l) {
        return new Crumb(msg("plans.title", l), "/" + l.code() + "/plans");
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
