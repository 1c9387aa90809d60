package dk.planspor.consultation.web;

import dk.planspor.consultation.ResponseKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The public submission form. The idempotency key is a hidden field, new on every fresh form. */
record ResponseForm(@NotBlank @Size(max = 100) String idempotencyKey,
        @NotBlank(message = "{consultation.validation.name}") @Size(max = 200) String name,
        @Size(max = 200) String organisation,
        @NotBlank(message = "{consultation.validation.email}") @Email(message = "{consultation.validation.email}") @Size(max = 320) String email,
        @NotNull(message = "{consultation.validation.kind}") ResponseKind kind,
        @NotBlank(message = "{consultation.validation.body}") @Size(max = 20000, message = "{consultation.validation.bodyLength}") String body,
        @Size(max = 5000) String problem, @Size(max = 5000) String what, @Size(max = 5000) String contribution,
        @Size(max = 5000) String relevance, Boolean consentName, List<MultipartFile> attachments) {
}
