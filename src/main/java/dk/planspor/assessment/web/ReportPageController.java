package dk.planspor.assessment.web;

import dk.planspor.assessment.Report;
import dk.planspor.assessment.ReportDocuments;
import dk.planspor.assessment.RoundKind;
import dk.planspor.assessment.SelfAssessments;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.platform.NotFoundException;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PlanCatalog;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: a plan's self-assessment rounds, and each round's report as HTML, PDF and DOCX. */
@Controller
class ReportPageController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final SelfAssessments assessments;
    private final ReportDocuments documents;
    private final PlanCatalog catalog;
    private final MessageSource messages;

    ReportPageController(SelfAssessments assessments, ReportDocuments documents, PlanCatalog catalog, MessageSource messages) {
        this.assessments = assessments;
        this.documents = documents;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/assessments")
    String list(@PathVariable String lang, @PathVariable String slug, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Plan plan = catalog.findPlan(slug).orElseThrow(() -> new NotFoundException("error.planNotFound", slug));
        model.addAttribute("plan", plan);
        model.addAttribute("rounds", assessments.rounds(slug));
        model.addAttribute("breadcrumbs", List.of(home(l), planCrumb(l, plan), Crumb.current(msg("assessment.list.title", l))));
        return "assessment/list";
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/assessments/{kind:midterm|final}")
    String report(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Report report = report(slug, kind);
        Plan plan = catalog.findPlan(slug).orElseThrow();
        String title = documents.title(report, l);
        model.addAttribute("report", report);
        model.addAttribute("title", title);
        model.addAttribute("breadcrumbs", List.of(home(l), planCrumb(l, plan),
                new Crumb(msg("assessment.list.title", l), "/" + l.code() + "/plans/" + slug + "/assessments"),
                Crumb.current(msg(report.round().kind().messageKey(), l))));
        return "assessment/report";
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/assessments/{kind:midterm|final}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Report report = report(slug, kind);
        return file(documents.pdf(report, l), MediaType.APPLICATION_PDF, report.fileName(l, "pdf"));
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/assessments/{kind:midterm|final}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String lang, @PathVariable String slug, @PathVariable String kind) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Report report = report(slug, kind);
        return file(documents.docx(report, l), DOCX, report.fileName(l, "docx"));
    }

    private Report report(String slug, String kind) {
        return assessments.report(slug, RoundKind.fromSlug(kind).orElseThrow());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }

    private Crumb home(Lang l) {
        return new Crumb(msg("nav.home", l), "/" + l.code() + "/");
    }

    private Crumb planCrumb(Lang l, Plan plan) {
        return new Crumb(plan.title().in(l).text(), "/" + l.code() + "/plans/" + plan.slug());
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
