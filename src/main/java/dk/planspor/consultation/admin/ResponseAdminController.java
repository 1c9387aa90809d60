package dk.planspor.consultation.admin;

import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.Disposition;
import dk.planspor.consultation.StoredAttachment;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moderation (moderator or coordinator): redact personal data (the original stays, shown only to the coordinator),
 * hide abusive content and withhold an attachment from the public, each with a reason. The reasoned answer (disposition) is the coordinator's.
 */
@Controller
class ResponseAdminController {

    private static final String BASE = ConsultationAdminController.BASE + "/{slug}/responses/{id}";

    private final ConsultationDesk desk;

    ResponseAdminController(ConsultationDesk desk) {
        this.desk = desk;
    }

    @PostMapping(BASE + "/redact")
    @PreAuthorize("hasAnyRole('COORDINATOR','MODERATOR')")
    String redact(@PathVariable String lang, @PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        desk.redact(own(slug, id), text, user, reason);
        redirect.addFlashAttribute("saved", true);
        return back(lang, slug, id);
    }

    @PostMapping(BASE + "/hide")
    @PreAuthorize("hasAnyRole('COORDINATOR','MODERATOR')")
    String hide(@PathVariable String lang, @PathVariable String slug, @PathVariable UUID id,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        desk.hide(own(slug, id), reason, user);
        redirect.addFlashAttribute("saved", true);
        return back(lang, slug, id);
    }

    @PostMapping(BASE + "/disposition")
    @PreAuthorize("hasRole('COORDINATOR')")
    String dispose(@PathVariable String lang, @PathVariable String slug, @PathVariable UUID id,
            @RequestParam(required = false) String summary, @RequestParam(required = false) Disposition disposition,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String commitments,
            @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        List<String> refs = commitments == null ? List.of() : Arrays.stream(commitments.split("[,\\s]+"))
                .map(String::strip).filter(s -> s.matches("[\\w.-]+/[\\w.]+")).toList();
        desk.dispose(own(slug, id), summary, disposition, reason, refs, user);
        redirect.addFlashAttribute("saved", true);
        return back(lang, slug, id);
    }

    @PostMapping(BASE + "/attachments/{attachment}/withhold")
    @PreAuthorize("hasAnyRole('COORDINATOR','MODERATOR')")
    String withhold(@PathVariable String lang, @PathVariable String slug, @PathVariable UUID id, @PathVariable long attachment,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal PlansporUser user, RedirectAttributes redirect) {
        desk.withholdAttachment(own(slug, id), attachment, reason, user);
        redirect.addFlashAttribute("saved", true);
        return back(lang, slug, id);
    }

    @GetMapping(BASE + "/attachments/{attachment}")
    @PreAuthorize("hasAnyRole('COORDINATOR','MODERATOR')")
    ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable UUID id, @PathVariable long attachment) {
        StoredAttachment a = desk.attachment(attachment, true).filter(x -> x.responseId().equals(own(slug, id)))
                .orElseThrow(() -> new NotFoundException("consultation.responseNotFound", attachment));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString()).body(a.content());
    }

    private UUID own(String slug, UUID id) {
        if (desk.response(id).consultationId() != desk.consultation(slug).id()) {
            throw new NotFoundException("consultation.responseNotFound", id);
        }
        return id;
    }

    private static String back(String lang, String slug, UUID id) {
        return "redirect:/" + lang + "/admin/consultations/" + slug + "#svar-" + id.toString().substring(0, 8);
    }
}
