package dk.planspor.opendata.web;

import dk.planspor.opendata.Dataset;
import dk.planspor.opendata.Format;
import dk.planspor.opendata.OpenData;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.plans.PlanCatalog;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The data page (every dataset with licence, formats and field descriptions) and the dashboards. */
@Controller
class OpenDataPageController {

    private final OpenData openData;
    private final PlanCatalog catalog;
    private final MessageSource messages;

    private final dk.planspor.plans.IrmRecord irm;

    OpenDataPageController(OpenData openData, PlanCatalog catalog, MessageSource messages, dk.planspor.plans.IrmRecord irm) {
        this.irm = irm;
        this.openData = openData;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/data")
    String data(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("datasets", Dataset.values());
        model.addAttribute("formats", Format.values());
        model.addAttribute("plans", catalog.plans());
        model.addAttribute("breadcrumbs", List.of(home(l), Crumb.current(msg("opendata.title", l))));
        return "opendata/data";
    }

    @GetMapping("/{lang:da|en}/dashboards")
    String record(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("dashboard", openData.recordDashboard());
        java.util.Map<dk.planspor.plans.PolicyArea, Long> areas = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(dk.planspor.plans.PolicyArea::column));
        catalog.plans().forEach(p -> catalog.overview(p.plan().slug()).policyAreaCounts().forEach((a, n) -> areas.merge(a, n, Long::sum)));
        model.addAttribute("policyAreaCounts", areas);
        model.addAttribute("breadcrumbs", List.of(home(l), Crumb.current(msg("opendata.record.title", l))));
        return "opendata/record";
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/dashboard")
    String plan(@PathVariable String lang, @PathVariable String slug, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        var dashboard = openData.dashboard(slug);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("plan", dashboard.plan());
        model.addAttribute("irmReports", irm.ofPlan(dashboard.plan()));
        model.addAttribute("policyAreaCounts", catalog.overview(slug).policyAreaCounts());
        model.addAttribute("breadcrumbs", List.of(home(l), new Crumb(msg("plans.title", l), "/" + lang + "/plans"),
                new Crumb(dashboard.plan().title().in(l).text(), "/" + lang + "/plans/" + slug),
                Crumb.current(msg("opendata.dashboard.title", l))));
        return "opendata/dashboard";
    }

    private Crumb home(Lang l) {
        return new Crumb(msg("nav.home", l), "/" + l.code() + "/");
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
