package dk.planspor.assessment;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;
import java.util.List;

/**
 * A frozen self-assessment report was published. Carries what the document repository (library)
 * needs to fetch both language versions: the PDF paths per language ({@code /da/plans/…/midterm.pdf}).
 */
public record ReportPublished(String planSlug, RoundKind kind, long roundId, String titleDa, String titleEn,
        List<String> languages, String pdfDa, String pdfEn, String docxDa, String docxEn, Instant at, String publishedBy)
        implements PublicContentChanged {
}
