package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import dk.planspor.importer.ImportDocument.Commitment;

class DocumentReaderTest {

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> DocumentReader.read(new byte[0], "tom.pdf")).isInstanceOf(ImportException.class)
                .hasMessage("tom.pdf is empty.");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(4).nextBytes(garbage);
        garbage[0] = 0;
        assertThatThrownBy(() -> DocumentReader.read(garbage, "noise.bin")).isInstanceOf(ImportException.class)
                .hasMessage("noise.bin is neither a PDF nor a text file (binary content).");
        byte[] nulls = "abc\0\0\0\0def\0\0\0\0\0\0\0\0\0\0ghi".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentReader.read(nulls, "nul.txt")).isInstanceOf(ImportException.class)
                .hasMessageContaining("binary content");
    }

    @Test
    void refusesABrokenPdf() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> DocumentReader.read(broken, "broken.pdf")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("broken.pdf is not a readable PDF: ");
    }

    @Test
    void refusesAPdfWithoutATextLayer() throws IOException {
        byte[] scan;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.save(out);
            scan = out.toByteArray();
        }
        assertThatThrownBy(() -> DocumentReader.read(scan, "scan.pdf")).isInstanceOf(ImportException.class)
                .hasMessage("scan.pdf is a PDF without a text layer (a scan?); run it through OCR first.");
    }

    @Test
    void readsUtf8AndWindows1252Text() throws ImportException {
        assertThat(DocumentReader.read("\uFEFFÅbne data – ”OGP”".getBytes(StandardCharsets.UTF_8), "a.txt"))
                .isEqualTo("Åbne data – ”OGP”");
        byte[] cp1252 = "Åbne data – ”OGP” på tværs".getBytes(Charset.forName("windows-1252"));
        assertThat(DocumentReader.read(cp1252, "b.txt")).isEqualTo("Åbne data – ”OGP” på tværs");
    }

    @Test
    void extractsTheTextOfARealPdf() throws Exception {
        // Commitment 1.1 of seed 004 (lines 378-521, its first milestones, and its contact block 544-566),
        // printed line by line with a standard 14 font; the extraction must give the parser what it needs.
        List<String> seed = Arrays.asList(Seed004.text().split("\n", -1));
        List<String> lines = new java.util.ArrayList<>(seed.subList(377, 521));
        lines.addAll(seed.subList(543, 566));
        byte[] pdf = pdf(lines);

        String text = DocumentReader.read(pdf, "1.1.pdf");
        assertThat(text).contains("Initiativ 1.1 Flere åbne data til borgere og medier", "Ansvarlig",
                "Ikke påbegyndt Begrænset Væsentligt Afsluttet", "asf@sa.dk");

        ImportDocument doc = new SelfAssessmentParser().parse(pdf, text, "1.1.pdf");
        assertThat(doc.source().sha256()).isEqualTo(SelfAssessmentParser.sha256(pdf));
        assertThat(doc.commitments()).hasSize(1);
        Commitment c = doc.commitments().get(0);
        assertThat(c.number()).isEqualTo("1.1");
        assertThat(c.title()).isEqualTo("Flere åbne data til borgere og medier");
        assertThat(c.period()).isEqualTo("2017 – medio 2019");
        assertThat(c.leadAgency()).isEqualTo("Rigsarkivet");
        assertThat(c.problem()).startsWith("Rigsarkivet besidder en stor samling")
                .contains("denne ressource, der besidder");
        assertThat(c.completion()).isEqualTo("LIMITED");
        assertThat(c.milestones()).hasSize(3);
        assertThat(c.contact().email()).isEqualTo("asf@sa.dk");
        assertThat(c.contact().phone()).isEqualTo("+45 41 71 74 16");
    }

    @Test
    void anUnrelatedTextIsReadButRefusedByTheParser() throws ImportException {
        byte[] recipe = "Pandekager\n\n3 æg\n5 dl mælk\n250 g mel\n\nPisk det hele sammen og steg tynde pandekager."
                .getBytes(StandardCharsets.UTF_8);
        String text = DocumentReader.read(recipe, "pandekager.txt");
        assertThatThrownBy(() -> new SelfAssessmentParser().parse(recipe, text, "pandekager.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("pandekager.txt is not an OGP action plan or self-assessment");
    }

    /** A PDF with one text line per entry (blank entries are skipped), 45 lines a page. */
    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> printed = lines.stream().filter(l -> !l.isEmpty()).toList();
            for (int from = 0; from < printed.size(); from += 45) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(15);
                    content.newLineAtOffset(50, 800);
                    for (String line : printed.subList(from, Math.min(printed.size(), from + 45))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
