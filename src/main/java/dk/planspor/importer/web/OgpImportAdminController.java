package dk.planspor.importer.web;

import dk.planspor.identity.PlansporUser;
import dk.planspor.importer.ImportException;
import dk.planspor.importer.OgpSheetImporter;
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
 * The coordinator imports OGP's commitments data sheet (CSV or XLSX): uploads it, sees what it would create and
 * change and every warning, and applies it only after confirming. A confirmation sent twice applies it once.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class OgpImportAdminController {

    private static final String BASE = "/{lang:da|en}/admin/import/ogp";

    private final OgpSheetImporter importer;
    private final MessageSource messages;

    OgpImportAdminController(OgpSheetImporter importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String form(@PathVariable String lang, Model model) {
        return formPage(Lang.fromCode(lang).orElseThrow(), importer.ownMember(), model);
    }

    @PostMapping(BASE)
    String upload(@PathVariable String lang, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "member", required = false) String member, @AuthenticationPrincipal PlansporUser user,
            Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        String wanted = member == null || member.isBlank() ? importer.ownMember() : member.strip().toUpperCase(java.util.Locale.ROOT);
        if (!wanted.matches("[A-Z]{3}")) {
            model.addAttribute("memberError", msg("ogpImport.member.invalid", l));
            return formPage(l, member, model);
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", msg("import.error.noFile", l));
            return formPage(l, wanted, model);
        }
        String name = safeName(file.getOriginalFilename());
        if (!name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(csv|xlsx)")) {
            model.addAttribute("fileError", msg("ogpImport.error.type", l));
            return formPage(l, wanted, model);
        }
        try {
            var pending = importer.upload(file.getBytes(), name, wanted, user.displayName() + " <" + user.getUsername() + ">");
            return "redirect:/" + lang + "/admin/import/ogp/" + pending.token();
        } catch (ImportException | IOException e) {
            model.addAttribute("fileError", messages.getMessage("import.error.unreadable", new Object[] {e.getMessage()}, l.locale()));
            return formPage(l, wanted, model);
        }
    }

    @GetMapping(BASE + "/{token}")
    String preview(@PathVariable String lang, @PathVariable UUID token, @AuthenticationPrincipal PlansporUser user,
            Model model) throws ImportException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        var pending = importer.pending(token, user.displayName())
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("import.error.gone"));
        model.addAttribute("token", token);
        model.addAttribute("outcome", pending.preview());
        model.addAttribute("breadcrumbs", crumbs(l, new Crumb(msg("ogpImport.title", l), "/" + lang + "/admin/import/ogp"),
                Crumb.current(msg("ogpImport.previewTitle", l))));
        return "importer/ogp-preview";
    }

    @PostMapping(BASE + "/{token}")
    String apply(@PathVariable String lang, @PathVariable UUID token, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes redirect) throws ImportException {
        var outcome = importer.confirm(token, user.displayName() + " <" + user.getUsername() + ">")
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("import.error.gone"));
        redirect.addFlashAttribute("done", outcome);
        return "redirect:/" + lang + "/admin/import/ogp";
    }

    private String formPage(Lang l, String member, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("ownMember", importer.ownMember());
        model.addAttribute("breadcrumbs", crumbs(l, Crumb.current(msg("ogpImport.title", l))));
        return "importer/ogp-upload";
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
