package dk.planspor.importer.web;

import dk.planspor.identity.PlansporUser;
import dk.planspor.importer.DocumentImporter;
import dk.planspor.importer.ImportException;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator uploads a published plan or self-assessment (PDF or text), sees what would change
 * against the current data, field by field, and applies it only after confirming.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ImportAdminController {

    private static final String BASE = "/{lang:da|en}/admin/import";

    private final DocumentImporter importer;
    private final MessageSource messages;

    ImportAdminController(DocumentImporter importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String form(@PathVariable String lang, Model model) {
        return formPage(Lang.fromCode(lang).orElseThrow(), model);
    }

    @PostMapping(BASE)
    String upload(@PathVariable String lang, @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PlansporUser user, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", msg("import.error.noFile", l));
            return formPage(l, model);
        }
        try {
            var upload = importer.upload(file.getBytes(), safeName(file.getOriginalFilename()), user.getUsername());
            return "redirect:/" + lang + "/admin/import/" + upload.token();
        } catch (ImportException | IOException e) {
            model.addAttribute("error", messages.getMessage("import.error.unreadable", new Object[] {e.getMessage()}, l.locale()));
            return formPage(l, model);
        }
    }

    @GetMapping(BASE + "/{token}")
    String preview(@PathVariable String lang, @PathVariable UUID token, Model model) throws ImportException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        var upload = importer.pending(token)
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("import.error.gone"));
        model.addAttribute("upload", upload);
        model.addAttribute("preview", upload.preview());
        model.addAttribute("breadcrumbs", crumbs(l, new Crumb(msg("import.title", l), "/" + lang + "/admin/import"),
                Crumb.current(msg("import.preview", l))));
        return "importer/preview";
    }

    @PostMapping(BASE + "/{token}")
    String apply(@PathVariable String lang, @PathVariable UUID token, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes redirect) throws ImportException {
        var outcome = importer.confirm(token, user.displayName() + " <" + user.getUsername() + ">")
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("import.error.gone"));
        redirect.addFlashAttribute("imported", outcome.fieldsChanged());
        return "redirect:/" + lang + "/plans/" + outcome.document().plan().slug() + "/adjustments";
    }

    private String formPage(Lang l, Model model) {
        model.addAttribute("breadcrumbs", crumbs(l, Crumb.current(msg("import.title", l))));
        return "importer/upload";
    }

    private List<Crumb> crumbs(Lang l, Crumb... more) {
        var list = new java.util.ArrayList<Crumb>();
        list.add(new Crumb(msg("admin.title", l), "/" + l.code() + "/admin/"));
        list.addAll(List.of(more));
        return list;
    }

    private static String safeName(String original) {
        String name = original == null ? "upload" : original.replaceAll("^.*[/\\\\]", "");
        return name.isBlank() ? "upload" : name;
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
