package dk.planspor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.importer.DocumentImporter;
import dk.planspor.importer.ImportDocument;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The imported 2017-2019 midterm evaluation (seed 004) is a frozen round; its generated PDF, read back
 * with PDFBox, holds every commitment's title, lead agency, completion, results, next steps, every
 * milestone row and every contact of the seed as the importer's parser reads it. The DOCX opens in POI.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRoundTripTest {

    static final String SEED = "seed/sources/004_270ecd8201d8a2bf.txt";

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentImporter importer;
    @Autowired
    SelfAssessments assessments;

    ImportDocument seed;
    String pdfText;
    byte[] pdf;

    @BeforeAll
    void readSeedAndPdf() throws Exception {
        byte[] bytes;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            bytes = in.readAllBytes();
        }
        seed = importer.read(bytes, "004_270ecd8201d8a2bf.txt");
        pdf = mvc.perform(get("/da/plans/2017-2019/assessments/midterm.pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pdfText = pdfText(doc);
        }
    }

    /**
     * The same normalisation on both sides: whitespace collapsed, soft hyphens dropped, and no space after
     * a hyphen, full stop or slash (the PDF may break a line after "log-" or inside "www.openaid.dk").
     */
    static String normal(String s) {
        return s == null ? "" : s.replace("\u00ad", "").replace('\u00a0', ' ').replaceAll("\\s+", " ")
                .replaceAll("([-./]) ", "$1").strip();
    }

    /** The page text without the running footer ("19 / 48"), which the PDF draws amid the page's text. */
    static String pdfText(PDDocument doc) throws java.io.IOException {
        int pages = doc.getNumberOfPages();
        return normal(new PDFTextStripper().getText(doc).replaceAll("(?m)\\b\\d{1,3} / " + pages + "\\b", " "));
    }

    @Test
    void theImportedMidtermIsAFrozenRound() {
        AssessmentRound round = assessments.round("2017-2019", RoundKind.MIDTERM).orElseThrow();
        assertThat(round.isFrozen()).isTrue();
        assertThat(round.source()).contains("004_270ecd8201d8a2bf.txt");
        assertThat(assessments.snapshotOf(round).commitments()).hasSize(seed.commitments().size());
    }

    @Test
    void everyCommitmentOfTheSeedIsInThePdf() {
        assertThat(seed.commitments()).hasSizeGreaterThanOrEqualTo(14);
        List<String> missing = new ArrayList<>();
        for (ImportDocument.Commitment c : seed.commitments()) {
            expect(missing, c.number() + " title", "Initiativ " + c.number() + " " + c.title());
            expect(missing, c.number() + " lead agency", "Ansvarlig " + c.leadAgency());
            expect(missing, c.number() + " completion", "Gennemførelsesstatus: " + switch (c.completion()) {
                case "NOT_STARTED" -> "Ikke påbegyndt";
                case "LIMITED" -> "Begrænset";
                case "SUBSTANTIAL" -> "Væsentligt";
                default -> "Afsluttet";
            });
            expect(missing, c.number() + " results", c.results());
            expect(missing, c.number() + " next steps", c.nextSteps());
            for (ImportDocument.Milestone m : c.milestones()) {
                expect(missing, c.number() + " milestone", m.title());
                expect(missing, c.number() + " milestone row", String.join(" ", nonNull(m.start()), nonNull(m.end()),
                        nonNull(m.status())));
            }
            ImportDocument.Contact k = c.contact();
            if (k != null) {
                for (String part : new String[] {k.agency(), k.name(), k.title(), k.email(), k.phone()}) {
                    expect(missing, c.number() + " contact", part);
                }
            }
        }
        assertThat(missing).as("seed 004 text not found in the generated PDF").isEmpty();
    }

    @Test
    void summaryUsesTheSeedsWording() {
        assertThat(pdfText).contains(normal("syv gennemført i begrænset grad, fem gennemført i væsentlig grad og to afsluttet"));
    }

    @Test
    void pdfIsTaggedWithLanguageTitleAndEmbeddedPlexSans() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("da");
            assertThat(catalog.getStructureTreeRoot()).as("tagged structure").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Midtvejsevaluering");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("IBMPlexSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void englishPdfAndDocx() throws Exception {
        byte[] en = mvc.perform(get("/en/plans/2017-2019/assessments/midterm.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(en)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdfText(doc)).contains(normal("3. Summary and next steps"))
                    .contains(normal("seven completed to a limited extent, five completed to a substantial extent and two completed"));
        }
        byte[] docx = mvc.perform(get("/da/plans/2017-2019/assessments/midterm.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = normal(words.getText());
            for (ImportDocument.Commitment c : seed.commitments()) {
                assertThat(text).contains(normal(c.title()));
            }
            assertThat(text).contains("2.1 Justeringer af initiativer").contains("1.1 Baggrund");
        }
    }

    @Test
    void listAndHtmlPages() throws Exception {
        mvc.perform(get("/da/plans/2017-2019/assessments")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/da/plans/2017-2019/assessments/midterm")));
        mvc.perform(get("/en/plans/2017-2019/assessments/midterm")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2.2 Evaluations of the individual commitments")));
        mvc.perform(get("/da/plans/2017-2019/assessments/final")).andExpect(status().isNotFound());
        mvc.perform(get("/da/plans/2017-2019")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/da/plans/2017-2019/assessments")));
    }

    private void expect(List<String> missing, String what, String seedText) {
        String n = normal(seedText);
        if (!n.isEmpty() && !pdfText.contains(n)) {
            missing.add(what + ": " + (n.length() > 90 ? n.substring(0, 90) + "…" : n));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
