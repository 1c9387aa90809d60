package dk.planspor.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dk.planspor.forum.ForumUsers;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The document bank (upload of a DA/EN pair, full-text search inside the PDF, download), news and IRM pages. */
@SpringBootTest
@AutoConfigureMockMvc
class LibraryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentBank bank;
    @Autowired
    Accounts accounts;

    /** A one-page PDF with {@code text}, written with PDFBox. */
    static byte[] pdf(String text) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aDaEnPairIsUploadedAndFoundByAWordInsideThePdf() throws Exception {
        PlansporUser coordinator = ForumUsers.user(accounts, "koordinator@library.test", Role.COORDINATOR);
        byte[] da = pdf("Rapporten handler om gennemsigtighedsportalen og kommunernes budgetter.");
        byte[] en = pdf("The report is about the transparencyportalium and municipal budgets.");
        mvc.perform(multipart("/da/admin/library/documents").file(new MockMultipartFile("fileDa", "rapport.pdf", "application/pdf", da))
                        .file(new MockMultipartFile("fileEn", "report.pdf", "application/pdf", en))
                        .param("type", "IRM_REPORT").param("date", "2019-03-01").param("plan", "2017-2019")
                        .param("titleDa", "IRM-rapport om midtvejsstatus").param("titleEn", "IRM midterm report")
                        .with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection());

        String found = mvc.perform(get("/da/library").param("q", "gennemsigtighedsportalen")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("IRM-rapport om midtvejsstatus", "IRM midterm report", "1 dokument(er) indeholder");
        assertThat(found).doesNotContain("Midtvejsevaluering af Danmarks handlingsplan");
        String english = mvc.perform(get("/en/library").param("q", "transparencyportalium")).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("IRM midterm report", "1 document(s) contain");

        LibraryDocument daDoc = bank.search("gennemsigtighedsportalen").get(0);
        LibraryDocument enDoc = bank.search("transparencyportalium").get(0);
        assertThat(daDoc.lang()).isEqualTo("da");
        assertThat(daDoc.type()).isEqualTo(DocumentType.IRM_REPORT);
        assertThat(daDoc.date()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(daDoc.counterpartId()).isEqualTo(enDoc.id());
        assertThat(enDoc.counterpartId()).isEqualTo(daDoc.id());
        byte[] downloaded = mvc.perform(get("/da/library/documents/" + daDoc.id() + "/file")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(da);
        // Danish stemming: an inflected form finds the document too
        assertThat(bank.search("budgetterne")).extracting(LibraryDocument::id).contains(daDoc.id());
    }

    @Test
    void onlyTheCoordinatorFilesDocuments() throws Exception {
        PlansporUser chair = ForumUsers.user(accounts, "formand@library.test", Role.FORUM_CHAIR);
        int before = bank.documents().size();
        mvc.perform(multipart("/da/admin/library/documents").file(new MockMultipartFile("fileDa", "x.txt", "text/plain", "x".getBytes()))
                .param("type", "OTHER").param("date", "2020-01-01").param("titleDa", "X").with(csrf()).with(user(chair)))
                .andExpect(status().isForbidden());
        assertThat(bank.documents()).hasSize(before);
    }

    @Test
    void seededDocumentsAreSearchableAndTheIrmRecommendationsShowTheResponses() throws Exception {
        assertThat(bank.search("OGP-netværk")).extracting(LibraryDocument::title)
                .contains("Midtvejsevaluering af Danmarks handlingsplan for Open Government 2017-2019");
        String irm = mvc.perform(get("/en/plans/2017-2019/irm")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(irm).contains("Include commitments on the regulation of lobbying", "an OGP network has been established",
                "/en/plans/2017-2019/commitments/3.3", "Followed in the action plan");
        assertThat(bank.news().recommendations("2017-2019")).hasSize(4);
    }

    @Test
    void newsIsPublishedByTheCoordinatorAndInTheAtomFeed() throws Exception {
        PlansporUser coordinator = ForumUsers.user(accounts, "koordinator@library.test", Role.COORDINATOR);
        mvc.perform(post("/da/admin/library/news").param("titleDa", "Nyt netværksmøde").param("titleEn", "New network meeting")
                .param("bodyDa", "Vi mødes igen.").param("bodyEn", "We meet again.").with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection());
        String atom = mvc.perform(get("/en/news/feed.atom")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).contains("New network meeting",
                "Ny Open Government Partnership handlingsplan 2023-2025");
        assertThat(mvc.perform(get("/da/news")).andReturn().getResponse().getContentAsString()).contains("Nyt netværksmøde");
    }

    @Test
    void anotherModuleFilesAPublishedPairOnce() {
        var da = new DocumentUpload(DocumentType.SELF_ASSESSMENT, "Slutevaluering", LocalDate.of(2019, 9, 30), "da", "2017-2019",
                "slut.txt", "text/plain", "Slutevalueringen af planen".getBytes());
        var en = new DocumentUpload(DocumentType.SELF_ASSESSMENT, "End-of-term self-assessment", LocalDate.of(2019, 9, 30), "en",
                "2017-2019", "end.txt", "text/plain", "The end-of-term self-assessment".getBytes());
        List<Long> first = bank.filePublishedPair(da, en, "assessment", "report:2017-2019:END_OF_TERM");
        List<Long> again = bank.filePublishedPair(da, en, "assessment", "report:2017-2019:END_OF_TERM");
        assertThat(first).hasSize(2).isEqualTo(again);
        assertThat(bank.document(first.get(0)).counterpartId()).isEqualTo(first.get(1));
    }
}
