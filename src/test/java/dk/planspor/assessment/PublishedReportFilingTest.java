package dk.planspor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.planspor.identity.Accounts;
import dk.planspor.library.DocumentBank;
import dk.planspor.library.DocumentType;
import dk.planspor.library.LibraryDocument;
import dk.planspor.plans.PlanCatalog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A published report lands in the document bank as a linked DA/EN pair of PDFs, once. */
@SpringBootTest
class PublishedReportFilingTest {

    static final String SLUG = "9611-9612";

    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    DocumentBank bank;

    @Test
    void publishingFilesBothLanguagesInTheLibrary() {
        RoundFixture.plan(catalog, SLUG);
        RoundFixture.users(accounts);
        var coordinator = RoundFixture.principal(accounts, RoundFixture.COORDINATOR);
        assessments.open(SLUG, RoundKind.FINAL, catalog.today().plusDays(20), coordinator);
        assessments.freeze(SLUG, RoundKind.FINAL, coordinator);
        assessments.publish(SLUG, RoundKind.FINAL, true, coordinator);

        await().atMost(Duration.ofSeconds(30)).until(() -> filed().size() == 2);
        List<LibraryDocument> docs = filed();
        assertThat(docs).extracting(LibraryDocument::lang).containsExactlyInAnyOrder("da", "en");
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.type()).isEqualTo(DocumentType.SELF_ASSESSMENT);
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.counterpartId()).isNotNull();
            assertThat(new String(bank.file(d.id()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        // the text inside the PDF is searchable in the library
        assertThat(bank.text(docs.get(0).id())).contains("Runde-initiativ 1.1");
    }

    private List<LibraryDocument> filed() {
        return bank.documents().stream().filter(d -> SLUG.equals(d.planSlug())).toList();
    }
}
