package dk.planspor.library.web;

import dk.planspor.library.DocumentBank;
import dk.planspor.library.LibraryDocument;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public document bank: all documents or those matching a search, downloads, and the IRM recommendations per plan. */
@Controller
class LibraryPageController {

    private final DocumentBank bank;
    private final MessageSource messages;

    LibraryPageController(DocumentBank bank, MessageSource messages) {
        this.bank = bank;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/library")
    String library(@PathVariable String lang, @RequestParam(required = false) String q, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        List<LibraryDocument> docs = bank.search(q);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("docs", docs);
        Map<Long, LibraryDocument> all = bank.documents().stream().collect(Collectors.toMap(LibraryDocument::id, Function.identity()));
        model.addAttribute("byId", all);
        model.addAttribute("irmPlans", bank.news().plansWithRecommendations());
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                Crumb.current(msg("library.title", l))));
        return "library/library";
    }

    @GetMapping("/{lang:da|en}/library/documents/{id:\\d+}/file")
    ResponseEntity<byte[]> download(@PathVariable String lang, @PathVariable long id) {
        LibraryDocument d = bank.document(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(d.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bank.file(id));
    }

    @GetMapping("/{lang:da|en}/plans/{slug}/irm")
    String irm(@PathVariable String lang, @PathVariable String slug, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        var recs = bank.news().recommendations(slug);
        if (recs.isEmpty()) {
            throw new dk.planspor.platform.NotFoundException("library.irm.notFound", slug);
        }
        model.addAttribute("slug", slug);
        model.addAttribute("recs", recs);
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                new Crumb(msg("library.title", l), "/" + lang + "/library"), Crumb.current(msg("library.irm.title", l) + " " + slug)));
        return "library/irm";
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
