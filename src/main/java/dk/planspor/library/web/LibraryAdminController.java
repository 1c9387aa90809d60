package dk.planspor.library.web;

import dk.planspor.identity.PlansporUser;
import dk.planspor.library.DocumentBank;
import dk.planspor.library.DocumentType;
import dk.planspor.library.DocumentUpload;
import dk.planspor.library.LibraryRefusal;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The coordinator files documents (a DA/EN pair at once) and writes news. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class LibraryAdminController {

    private final DocumentBank bank;
    private final MessageSource messages;

    LibraryAdminController(DocumentBank bank, MessageSource messages) {
        this.bank = bank;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/admin/library")
    String page(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("docs", bank.documents());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(messages.getMessage("admin.title", null, l.locale()), "/" + lang + "/admin/"),
                Crumb.current(messages.getMessage("library.admin.title", null, l.locale()))));
        return "library/admin/library";
    }

    @PostMapping("/{lang:da|en}/admin/library/documents")
    String upload(@PathVariable String lang, @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "") String plan, @RequestParam(defaultValue = "") String titleDa,
            @RequestParam(required = false) MultipartFile fileDa, @RequestParam(defaultValue = "") String titleEn,
            @RequestParam(required = false) MultipartFile fileEn, @AuthenticationPrincipal PlansporUser user,
            RedirectAttributes redirect) throws IOException {
        try {
            DocumentUpload da = upload(type, titleDa, date, "da", plan, fileDa);
            DocumentUpload en = upload(type, titleEn, date, "en", plan, fileEn);
            bank.upload(da, en, user);
            redirect.addAttribute("notice", "library.upload.done");
        } catch (LibraryRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
        }
        return "redirect:/" + lang + "/admin/library";
    }

    private static DocumentUpload upload(DocumentType type, String title, LocalDate date, String lang, String plan,
            MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new DocumentUpload(type, title, date, lang, plan.isBlank() ? null : plan.strip(), file.getOriginalFilename(),
                file.getContentType(), file.getBytes());
    }

    @PostMapping("/{lang:da|en}/admin/library/news")
    String news(@PathVariable String lang, @RequestParam(defaultValue = "") String titleDa, @RequestParam(defaultValue = "") String titleEn,
            @RequestParam(defaultValue = "") String bodyDa, @RequestParam(defaultValue = "") String bodyEn,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        try {
            String slug = bank.news().publish(LocalizedText.of(titleDa, titleEn), LocalizedText.of(bodyDa, bodyEn), user);
            redirect.addAttribute("notice", "library.news.published");
            return "redirect:/" + lang + "/news/" + slug;
        } catch (LibraryRefusal e) {
            redirect.addAttribute("problem", e.messageKey());
            return "redirect:/" + lang + "/admin/library";
        }
    }
}
