package dk.planspor.consultation.api;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ConsultationException;
import dk.planspor.consultation.ConsultationKind;
import dk.planspor.consultation.ConsultationState;
import dk.planspor.consultation.Receipt;
import dk.planspor.consultation.Response;
import dk.planspor.consultation.ResponseKind;
import dk.planspor.consultation.Submission;
import dk.planspor.consultation.SubmissionRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** JSON API: the list of consultations, and submissions with an {@code Idempotency-Key} header. */
@RestController
class ConsultationApiController {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final ConsultationDesk desk;
    private final SubmissionRateLimiter limiter;

    ConsultationApiController(ConsultationDesk desk, SubmissionRateLimiter limiter) {
        this.desk = desk;
        this.limiter = limiter;
    }

    /** A consultation in the list; times are in Europe/Copenhagen with their offset. */
    record ConsultationDto(String slug, String title, ConsultationKind kind, OffsetDateTime opensAt, OffsetDateTime deadline,
            ConsultationState state) {
    }

    record ResponseRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String organisation,
            @NotBlank @Email @Size(max = 320) String email, @NotNull ResponseKind kind,
            @NotBlank @Size(max = 20000) String text, @Size(max = 5000) String problem, @Size(max = 5000) String what,
            @Size(max = 5000) String contribution, @Size(max = 5000) String relevance, Boolean consentToPublishName,
            @Size(max = 2) String lang) {
    }

    record Created(UUID id) {
    }

    @GetMapping("/api/v1/consultations")
    List<ConsultationDto> consultations(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "da") String lang) {
        var now = desk.now();
        boolean en = "en".equals(lang);
        return desk.published().stream().map(c -> new ConsultationDto(c.slug(),
                en && c.title().en() != null ? c.title().en() : c.title().da(), c.kind(),
                c.opensAt().atZone(COPENHAGEN).toOffsetDateTime(), c.deadline().atZone(COPENHAGEN).toOffsetDateTime(),
                c.state(now))).toList();
    }

    @PostMapping("/api/v1/consultations/{slug}/responses")
    ResponseEntity<Created> submit(@PathVariable String slug,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody ResponseRequest body, HttpServletRequest request) {
        limiter.check(request.getRemoteAddr());
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new ConsultationException(ConsultationException.Kind.BAD_INPUT, "consultation.api.key");
        }
        if (body.kind() == ResponseKind.PROPOSAL && (blank(body.problem()) || blank(body.what()))) {
            throw new ConsultationException(ConsultationException.Kind.BAD_INPUT, "consultation.validation.proposal");
        }
        Response.Proposal proposal = body.kind() == ResponseKind.PROPOSAL
                ? new Response.Proposal(body.problem(), body.what(), body.contribution(), body.relevance()) : null;
        Receipt r = desk.submit(slug, new Submission(key.strip(), body.kind(), body.name().strip(), body.organisation(),
                body.email().strip(), body.text(), proposal, Boolean.TRUE.equals(body.consentToPublishName()),
                "en".equals(body.lang()) ? "en" : "da", List.of()));
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + slug + "/responses/" + r.id()))
                .header("Idempotent-Replayed", String.valueOf(r.repeated())).body(new Created(r.id()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
