package dk.planspor.consultation.web;

import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.platform.Lang;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The høringsnotat (/da/…/summary) and the reasoned response (/en/…/summary), as HTML and as PDF. */
@Controller
class ReportController {

    private final ConsultationDesk desk;

    ReportController(ConsultationDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/{lang:da|en}/consultations/{slug}/summary")
    ResponseEntity<String> html(@PathVariable String lang, @PathVariable String slug) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(desk.reportHtml(slug, Lang.fromCode(lang).orElseThrow()));
    }

    @GetMapping("/{lang:da|en}/consultations/{slug}/summary.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable String slug) {
        String name = ("da".equals(lang) ? "hoeringsnotat-" : "reasoned-response-") + slug + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(desk.reportPdf(slug, Lang.fromCode(lang).orElseThrow()));
    }
}
