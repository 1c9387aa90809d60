package dk.planspor.library;

import dk.planspor.assessment.Report;
import dk.planspor.assessment.ReportDocuments;
import dk.planspor.assessment.ReportPublished;
import dk.planspor.assessment.SelfAssessments;
import dk.planspor.platform.Lang;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A published self-assessment report lands in the document bank in both languages, as a linked DA/EN pair, after the
 * publication committed. Filing is keyed by plan and round, so a retried event files nothing twice.
 */
@Component
class PublishedReports {

    private final SelfAssessments assessments;
    private final ReportDocuments documents;
    private final DocumentBank bank;

    PublishedReports(SelfAssessments assessments, ReportDocuments documents, DocumentBank bank) {
        this.assessments = assessments;
        this.documents = documents;
        this.bank = bank;
    }

    @ApplicationModuleListener
    public void on(ReportPublished event) {
        Report report = assessments.report(event.planSlug(), event.kind());
        LocalDate day = event.at().atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate();
        String name = event.planSlug() + "-" + event.kind().name().toLowerCase();
        DocumentUpload da = new DocumentUpload(DocumentType.SELF_ASSESSMENT, event.titleDa(), day, "da", event.planSlug(),
                name + "-da.pdf", "application/pdf", documents.pdf(report, Lang.DA));
        DocumentUpload en = new DocumentUpload(DocumentType.SELF_ASSESSMENT, event.titleEn() == null ? event.titleDa()
                : event.titleEn(), day, "en", event.planSlug(), name + "-en.pdf", "application/pdf",
                documents.pdf(report, Lang.EN));
        bank.filePublishedPair(da, en, event.publishedBy(), "report:" + event.planSlug() + ":" + event.kind().name());
    }
}
