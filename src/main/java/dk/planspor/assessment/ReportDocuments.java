package dk.planspor.assessment;

import dk.planspor.platform.Lang;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** A report as a file: PDF/UA or DOCX, in Danish or English, and its title. */
@Service
public class ReportDocuments {

    private final PdfReport pdf;
    private final DocxReport docx;
    private final MessageSource messages;

    ReportDocuments(PdfReport pdf, DocxReport docx, MessageSource messages) {
        this.pdf = pdf;
        this.docx = docx;
        this.messages = messages;
    }

    /** "Midtvejsevaluering af handlingsplanen 2017-2019" / "Midterm self-assessment of the action plan 2017-2019". */
    public String title(Report report, Lang lang) {
        String kind = messages.getMessage(report.round().kind().messageKey(), null, lang.locale());
        String plan = report.snapshot().planTitle().in(lang).text();
        return messages.getMessage("assessment.report.title", new Object[] {kind, plan == null ? report.snapshot().planSlug() : plan},
                lang.locale());
    }

    public byte[] pdf(Report report, Lang lang) {
        return pdf.render(report, lang, title(report, lang));
    }

    public byte[] docx(Report report, Lang lang) {
        return docx.render(report, lang, title(report, lang));
    }

    /** The XHTML the PDF is laid out from (for checks and debugging). */
    public String pdfSource(Report report, Lang lang) {
        return pdf.xhtml(report, lang, title(report, lang));
    }
}
