package dk.planspor.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Attachments are judged by their content (Tika plus a look inside ZIP containers): real PDF, DOCX and ODT files
 * pass; a renamed executable, an oversized file and a ZIP bomb are refused with a clear message and nothing is
 * stored. Submissions are rate-limited per client address, with a 429 page in the user's language and problem+json.
 */
@SpringBootTest(properties = "planspor.consultation.rate-limit=3")
@AutoConfigureMockMvc
class SubmissionSecurityTest {

    static final AtomicInteger IP = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsultationDesk desk;
    @Autowired
    Accounts accounts;

    @Test
    void realDocumentsAreAcceptedWithTheTypeFromTheirContent() throws Exception {
        ConsultationFixture.open(desk, accounts, "upload-ok");
        String location = submitTo("da", "upload-ok", file("svar.bin", pdf()), file("bilag.docx", docx()), file("bilag", odt()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Response r = desk.response(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(r.attachments()).extracting(Response.AttachmentInfo::mediaType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text");
    }

    @Test
    void aRenamedExecutableIsRefused() throws Exception {
        ConsultationFixture.open(desk, accounts, "upload-bad");
        long before = desk.responseCount(desk.consultation("upload-bad"));
        byte[] elf = Files.readAllBytes(Path.of("/bin/true"));
        assertThat(submitTo("da", "upload-bad", file("rapport.pdf", elf)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString()).contains("Filen rapport.pdf er ikke en PDF-, DOCX- eller ODT-fil");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(submitTo("en", "upload-bad", file("setup.docx", exe)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString()).contains("The file setup.docx is not a PDF, DOCX or ODT file");
        assertThat(desk.responseCount(desk.consultation("upload-bad"))).isEqualTo(before);
    }

    @Test
    void anOversizedFileIsRefused() throws Exception {
        ConsultationFixture.open(desk, accounts, "upload-big");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf(), 0, big, 0, 200);
        assertThat(submitTo("da", "upload-big", file("stor.pdf", big)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString()).contains("Filen stor.pdf er større end 10 MB");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        ConsultationFixture.open(desk, accounts, "upload-bomb");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) { // 1 GB unpacked, about 1 MB packed
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(10 * 1024 * 1024);
        assertThat(submitTo("da", "upload-bomb", file("bombe.docx", bytes.toByteArray())).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString()).contains("Filen bombe.docx fylder for meget, når den pakkes ud");
    }

    @Test
    void tooManySubmissionsFromOneAddressGet429InTheUsersLanguage() throws Exception {
        ConsultationFixture.open(desk, accounts, "rate-limit");
        RequestPostProcessor ip = from("192.0.2.77");
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/consultations/rate-limit/responses").with(ip).header("Idempotency-Key", "r" + i)
                    .contentType(MediaType.APPLICATION_JSON).content(ConsultationPagesTest.body("Svar " + i, "IDEA")))
                    .andExpect(status().isCreated());
        }
        var api = mvc.perform(post("/api/v1/consultations/rate-limit/responses").with(ip).header("Idempotency-Key", "r4")
                .contentType(MediaType.APPLICATION_JSON).content(ConsultationPagesTest.body("Svar", "IDEA")))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getHeader("Retry-After")).isNotBlank();
        String en = mvc.perform(multipart("/en/consultations/rate-limit/respond").with(csrf()).with(ip)
                        .param("idempotencyKey", "x").param("name", "A").param("email", "a@example.test").param("kind", "IDEA").param("body", "B"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Too many attempts", "Too many responses were sent from your address");
        String da = mvc.perform(multipart("/da/consultations/rate-limit/respond").with(csrf()).with(ip)
                        .param("idempotencyKey", "y").param("name", "A").param("email", "a@example.test").param("kind", "IDEA").param("body", "B"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(da).contains("For mange forsøg", "Der er sendt for mange høringssvar fra din adresse");
        // another address is not affected
        mvc.perform(post("/api/v1/consultations/rate-limit/responses").with(from("192.0.2.78")).header("Idempotency-Key", "other")
                .contentType(MediaType.APPLICATION_JSON).content(ConsultationPagesTest.body("Svar", "IDEA"))).andExpect(status().isCreated());
    }

    private org.springframework.test.web.servlet.ResultActions submitTo(String lang, String slug, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder b = multipart("/" + lang + "/consultations/" + slug + "/respond");
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        return mvc.perform(b.with(csrf()).with(from("10.0.0." + IP.incrementAndGet())).param("idempotencyKey", UUID.randomUUID().toString())
                .param("name", "Bo Bilag").param("email", "bo@example.test").param("kind", "COMMENT").param("body", "Se bilag."));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("attachments", name, "application/octet-stream", content);
    }

    static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Høringssvar som DOCX");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A minimal ODF text document: the uncompressed "mimetype" entry first, as the ODF standard requires. */
    static byte[] odt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes();
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest/>".getBytes());
        }
        return bytes.toByteArray();
    }
}
