package dk.planspor.assessment;

import dk.planspor.assessment.ReportSnapshot.AdjustmentGroup;
import dk.planspor.assessment.ReportSnapshot.CommitmentEntry;
import dk.planspor.assessment.ReportSnapshot.MilestoneEntry;
import dk.planspor.plans.Completion;
import dk.planspor.platform.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as a Word document (Apache POI XWPF), with the same chapters as the PDF, so agencies can
 * edit it in Word. Headings use Word's built-in heading styles' names.
 */
@Component
class DocxReport {

    private final MessageSource messages;

    DocxReport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Report report, Lang lang, String title) {
        ReportSnapshot s = report.snapshot();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Planspor");
            heading(doc, title, 1);
            heading(doc, msg("assessment.ch1", lang), 2);
            for (String key : List.of("background", "participation", "recommendations", "exchange")) {
                heading(doc, msg("assessment.text." + key, lang), 3);
                paragraphs(doc, s.text(key), lang);
            }
            heading(doc, msg("assessment.ch2." + report.round().kind().name(), lang), 2);
            heading(doc, msg("assessment.adjustments", lang), 3);
            if (s.adjustments().isEmpty()) {
                text(doc, msg("assessment.adjustments.none", lang));
            }
            for (AdjustmentGroup g : s.adjustments()) {
                heading(doc, msg("assessment.commitment", lang, g.commitment()) + " " + orEmpty(s.titleOf(g.commitment()).in(lang).text()), 4);
                g.items().forEach(i -> text(doc, "• " + orEmpty(i.in(lang).text())));
            }
            heading(doc, msg("assessment.evaluations", lang), 3);
            for (CommitmentEntry c : s.commitments()) {
                commitment(doc, c, lang);
            }
            heading(doc, msg("assessment.ch3", lang), 2);
            heading(doc, msg("assessment.summary", lang), 3);
            text(doc, report.summary(lang));
            heading(doc, msg("assessment.nextSteps", lang), 3);
            paragraphs(doc, s.text("nextSteps"), lang);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitment(XWPFDocument doc, CommitmentEntry c, Lang lang) {
        heading(doc, msg("assessment.commitment", lang, c.number()) + " " + orEmpty(c.title().in(lang).text()), 4);
        XWPFTable fields = doc.createTable();
        row(fields, fields.getRow(0), msg("assessment.field.period", lang), c.period());
        row(fields, null, msg("assessment.field.leadAgency", lang), c.leadAgency().in(lang).text());
        for (Map.Entry<String, Txt> f : c.templateFields()) {
            row(fields, null, msg("assessment.field." + f.getKey(), lang), f.getValue().in(lang).text());
        }
        String completion = c.completion() == null ? msg("assessment.completion.none", lang)
                : msg("assessment.completion." + c.completion().name(), lang);
        row(fields, null, msg("assessment.field.completion", lang), completion);
        row(fields, null, msg("assessment.field.results", lang), c.results().in(lang).text());
        row(fields, null, msg("assessment.field.nextSteps", lang), c.nextSteps().in(lang).text());
        text(doc, "");
        XWPFTable marks = doc.createTable(2, Completion.values().length);
        for (Completion k : Completion.values()) {
            marks.getRow(0).getCell(k.ordinal()).setText(msg("assessment.completion." + k.name(), lang));
            marks.getRow(1).getCell(k.ordinal()).setText(k == c.completion() ? "X" : "");
        }
        if (!c.milestones().isEmpty()) {
            text(doc, msg("assessment.milestones", lang));
            XWPFTable ms = doc.createTable(1, 4);
            cells(ms.getRow(0), msg("assessment.milestone.title", lang), msg("assessment.milestone.start", lang),
                    msg("assessment.milestone.end", lang), msg("assessment.milestone.status", lang));
            for (MilestoneEntry m : c.milestones()) {
                cells(ms.createRow(), m.title().in(lang).text(), m.start(), m.end(), m.status());
            }
        }
        if (c.contact() != null) {
            text(doc, msg("assessment.contact", lang));
            XWPFTable k = doc.createTable();
            row(k, k.getRow(0), msg("assessment.contact.agency", lang), c.contact().agency());
            row(k, null, msg("assessment.contact.name", lang), c.contact().name());
            row(k, null, msg("assessment.contact.title", lang), c.contact().title());
            row(k, null, msg("assessment.contact.email", lang), orEmpty(c.contact().email()) + " " + orEmpty(c.contact().phone()));
        }
        text(doc, msg("assessment.actors", lang));
        XWPFTable actors = doc.createTable();
        row(actors, actors.getRow(0), msg("assessment.actors.government", lang), c.otherGovernmentActors().in(lang).text());
        row(actors, null, msg("assessment.actors.other", lang), c.otherNonGovernmentActors().in(lang).text());
    }

    private static void row(XWPFTable table, XWPFTableRow existing, String label, String value) {
        XWPFTableRow row = existing != null ? existing : table.createRow();
        if (row.getTableCells().size() < 2) {
            row.addNewTableCell();
        }
        row.getCell(0).setText(label);
        row.getCell(1).setText(orEmpty(value));
    }

    private static void cells(XWPFTableRow row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (row.getCell(i) == null) {
                row.addNewTableCell();
            }
            row.getCell(i).setText(orEmpty(values[i]));
        }
    }

    private static void heading(XWPFDocument doc, String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(level == 1 ? 20 : level == 2 ? 16 : level == 3 ? 13 : 11);
        run.setText(text);
    }

    private static void paragraphs(XWPFDocument doc, Txt t, Lang lang) {
        t.in(lang).paragraphs().forEach(p -> text(doc, p));
    }

    private static void text(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(orEmpty(text));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private String msg(String key, Lang lang, Object... args) {
        return messages.getMessage(key, args, lang.locale());
    }
}
