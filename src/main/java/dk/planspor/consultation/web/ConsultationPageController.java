package dk.planspor.consultation.web;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ResponsePage;
import dk.planspor.consultation.ConsultationException;
import dk.planspor.consultation.Receipt;
import dk.planspor.consultation.ResponseKind;
import dk.planspor.consultation.Response;
import dk.planspor.consultation.StoredAttachment;
import dk.planspor.consultation.Submission;
import dk.planspor.consultation.SubmissionRateLimiter;
import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Public pages: the list, a consultation with its published responses, the form, the receipt and deletion. */
@Controller
class ConsultationPageController {

    private final ConsultationDesk desk;
    private final SubmissionRateLimiter limiter;
    private final MessageSource messages;

    ConsultationPageController(ConsultationDesk desk, SubmissionRateLimiter limiter, MessageSource messages) {
        this.desk = desk;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/consultations")
    String list(@PathVariable String lang, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        model.addAttribute("consultations", desk.published());
        model.addAttribute("now", desk.now());
        model.addAttribute("breadcrumbs", List.of(home(l), Crumb.current(msg("consultation.title", l))));
        return "consultation/list";
    }

    @GetMapping("/{lang:da|en}/consultations/{slug}")
    String page(@PathVariable String lang, @PathVariable String slug, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Consultation c = desk.publicConsultation(slug);
        model.addAttribute("c", c);
        model.addAttribute("state", c.state(desk.now()));
        ResponsePage responses = desk.publishedResponses(c, page);
        model.addAttribute("responses", responses.responses());
        model.addAttribute("responsePage", responses);
        model.addAttribute("pageBase", "/" + lang + "/consultations/" + slug);
        model.addAttribute("breadcrumbs", List.of(home(l), listCrumb(l), Crumb.current(c.title().in(l).text())));
        return "consultation/consultation";
    }

    @GetMapping("/{lang:da|en}/consultations/{slug}/respond")
    String form(@PathVariable String lang, @PathVariable String slug, Model model) {
        Consultation c = desk.publicConsultation(slug);
        model.addAttribute("form", new ResponseForm(UUID.randomUUID().toString(), null, null, null, ResponseKind.IDEA, null,
                null, null, null, null, false, null));
        return formPage(Lang.fromCode(lang).orElseThrow(), c, model);
    }

    @PostMapping("/{lang:da|en}/consultations/{slug}/respond")
    String submit(@PathVariable String lang, @PathVariable String slug, @Valid @ModelAttribute("form") ResponseForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Consultation c = desk.publicConsultation(slug);
        limiter.check(request.getRemoteAddr());
        if (!c.accepts(desk.now())) { // a late POST: say so, whatever else is wrong with the form
            boolean closed = c.state(desk.now()) == dk.planspor.consultation.ConsultationState.CLOSED;
            throw new ConsultationException(closed ? ConsultationException.Kind.CLOSED : ConsultationException.Kind.NOT_OPEN,
                    closed ? "consultation.closedReason" : "consultation.notOpenReason");
        }
        if (form.kind() == ResponseKind.PROPOSAL && (Texts.clean(form.problem()) == null || Texts.clean(form.what()) == null)) {
            errors.rejectValue("what", "consultation.validation.proposal");
        }
        List<Submission.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : form.attachments() == null ? List.<MultipartFile>of() : form.attachments()) {
            if (!f.isEmpty()) {
                uploads.add(new Submission.Upload(f.getOriginalFilename() == null ? "fil" : f.getOriginalFilename(), f.getBytes()));
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return formPage(l, c, model);
        }
        Submission s = new Submission(form.idempotencyKey(), form.kind(), Texts.clean(form.name()), Texts.clean(form.organisation()),
                Texts.clean(form.email()), Texts.clean(form.body()), form.kind() == ResponseKind.PROPOSAL
                        ? new Response.Proposal(Texts.clean(form.problem()), Texts.clean(form.what()),
                                Texts.clean(form.contribution()), Texts.clean(form.relevance())) : null,
                Boolean.TRUE.equals(form.consentName()), l.code(), uploads);
        try {
            Receipt receipt = desk.submit(slug, s);
            return "redirect:/" + l.code() + "/consultations/" + slug + "/receipt/" + receipt.id();
        } catch (ConsultationException e) {
            if (e.kind() != ConsultationException.Kind.BAD_UPLOAD) {
                throw e;
            }
            errors.rejectValue("attachments", e.messageKey(), e.args(), e.messageKey());
            response.setStatus(400);
            return formPage(l, c, model);
        }
    }

    @GetMapping("/{lang:da|en}/consultations/{slug}/receipt/{id}")
    String receipt(@PathVariable String lang, @PathVariable String slug, @PathVariable UUID id, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Consultation c = desk.publicConsultation(slug);
        Response r = desk.response(id);
        if (r.consultationId() != c.id()) {
            throw new NotFoundException("consultation.responseNotFound", id);
        }
        model.addAttribute("c", c);
        model.addAttribute("id", id);
        model.addAttribute("late", r.late());
        model.addAttribute("breadcrumbs", List.of(home(l), listCrumb(l),
                new Crumb(c.title().in(l).text(), "/" + l.code() + "/consultations/" + slug), Crumb.current(msg("consultation.receipt.title", l))));
        return "consultation/receipt";
    }

    @GetMapping("/{lang:da|en}/consultations/delete")
    String deleteForm(@PathVariable String lang, @RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "consultation/delete";
    }

    @PostMapping("/{lang:da|en}/consultations/delete")
    String delete(@PathVariable String lang, @RequestParam(required = false) String token, Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        boolean done = token != null && desk.deleteOnRequest(token, msg("consultation.delete.replacement", l));
        model.addAttribute("token", token);
        model.addAttribute("deleted", done);
        model.addAttribute("unknown", !done);
        return "consultation/delete";
    }

    @GetMapping("/{lang:da|en}/consultations/{slug}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long id) {
        StoredAttachment a = desk.attachment(id, false).orElseThrow(() -> new NotFoundException("consultation.responseNotFound", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(a.content());
    }

    private String formPage(Lang l, Consultation c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("accepts", c.accepts(desk.now()));
        model.addAttribute("state", c.state(desk.now()));
        model.addAttribute("kinds", ResponseKind.values());
        model.addAttribute("breadcrumbs", List.of(home(l), listCrumb(l),
                new Crumb(c.title().in(l).text(), "/" + l.code() + "/consultations/" + c.slug()), Crumb.current(msg("consultation.form.title", l))));
        return "consultation/form";
    }

    private Crumb home(Lang l) {
        return new Crumb(msg("nav.home", l), "/" + l.code() + "/");
    }

    private Crumb listCrumb(Lang l) {
        return new Crumb(msg("consultation.title", l), "/" + l.code() + "/consultations");
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
