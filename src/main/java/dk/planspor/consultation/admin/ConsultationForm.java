package dk.planspor.consultation.admin;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationEdit;
import dk.planspor.consultation.ConsultationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The coordinator's consultation form. Times are entered in Danish time; the høringsliste is one organisation a
 * line and documents are "title | URL" lines.
 */
record ConsultationForm(Long version,
        @NotBlank(message = "{consultation.admin.validation.slug}") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,78}", message = "{consultation.admin.validation.slug}") String slug,
        @NotNull ConsultationKind kind,
        @NotBlank(message = "{validation.titleDa}") @Size(max = 500) String titleDa, @Size(max = 500) String titleEn,
        @Size(max = 20000) String descriptionDa, @Size(max = 20000) String descriptionEn,
        @NotNull(message = "{consultation.admin.validation.time}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime opensAt,
        @NotNull(message = "{consultation.admin.validation.time}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime deadline,
        @Size(max = 300) String contactName, @Size(max = 320) String contactEmail, @Size(max = 40) String planSlug,
        @Size(max = 1000) String reportUrl, @Size(max = 20000) String invitees, @Size(max = 20000) String documents,
        @NotBlank(message = "{validation.reason}") @Size(max = 4000) String reason) {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    static ConsultationForm of(Consultation c) {
        return new ConsultationForm(c.version(), c.slug(), c.kind(), c.title().da(), c.title().en(), c.description().da(),
                c.description().en(), c.opensAt().atZone(COPENHAGEN).toLocalDateTime().withSecond(0),
                c.deadline().atZone(COPENHAGEN).toLocalDateTime().withSecond(0), c.contactName(), c.contactEmail(),
                c.planSlug(), c.reportUrl(), String.join("\n", c.invitees()),
                c.documents().stream().map(d -> d.title() + " | " + d.url()).collect(Collectors.joining("\n")), null);
    }

    ConsultationEdit edit() {
        List<Consultation.Document> docs = new ArrayList<>();
        for (String line : lines(documents)) {
            int bar = line.lastIndexOf('|');
            docs.add(bar < 0 ? new Consultation.Document(line, line)
                    : new Consultation.Document(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return new ConsultationEdit(slug, kind, titleDa, titleEn, descriptionDa, descriptionEn,
                opensAt.atZone(COPENHAGEN).toInstant(), deadline.atZone(COPENHAGEN).toInstant(), blank(contactName),
                blank(contactEmail), blank(planSlug), blank(reportUrl), lines(invitees), docs);
    }

    /** Document URLs must be http(s) links, so a page never carries a javascript: link. */
    boolean documentsValid() {
        return edit().documents().stream().allMatch(d -> d.url().matches("(?i)https?://\\S+"));
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
