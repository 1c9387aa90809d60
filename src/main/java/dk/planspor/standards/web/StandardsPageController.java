package dk.planspor.standards.web;

import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.standards.StandardsCheck;
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

/** The standards check of a plan cycle as a page, and its evidence pack for the IRM. */
@Controller
class StandardsPageController {

    private final StandardsCheck standards;
    private final MessageSource messages;

    StandardsPageController(StandardsCheck standards, MessageSource messages) {
        this.standards = standards;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/standards")
    String page(@PathVariable String lang, @PathVariable String slug, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        StandardsCheck.Result result = standards.check(slug);
        model.addAttribute("result", result);
        model.addAttribute("plan", result.plan());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                new Crumb(msg("plans.title", l), "/" + lang + "/plans"),
                new Crumb(result.plan().title().in(l).text(), "/" + lang + "/plans/" + slug),
                Crumb.current(msg("standards.title", l))));
        return "standards/standards";
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/standards/evidence.zip")
    ResponseEntity<byte[]> pack(@PathVariable String lang, @PathVariable String slug) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ogp-standards-evidence-" + slug + ".zip").build().toString())
                .body(standards.evidencePack(slug));
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
