package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.plans.Commitment;
import dk.planspor.plans.Completion;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.tracking.Adjustment;
import dk.planspor.tracking.AdjustmentLedger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The importer on the real database: the bundled 2017-19 midterm self-assessment is imported on first
 * start; importing it again changes nothing; a later evaluation updates completion and milestones and
 * records each change as an adjustment whose reason names the source document.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class DocumentImporterTest {

    @Autowired
    DocumentImporter importer;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    AdjustmentLedger ledger;
    @Autowired
    MockMvc mvc;

    static byte[] seed() throws IOException {
        try (InputStream in = new ClassPathResource(BundledSeedImport.SEED).getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void firstStartShowsThe2017PlanInFull() throws Exception {
        Commitment c = catalog.commitment("2017-2019", "1.1");
        assertThat(c.completion()).isEqualTo(Completion.LIMITED);
        assertThat(c.template().problem().da()).startsWith("Rigsarkivet besidder en stor samling af dokumenter");
        assertThat(c.milestones()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(c.milestones().get(0).start().text()).isEqualTo("1. august 2017");
        assertThat(c.contact().name()).isEqualTo("Anne Sofie Fink Kjeldgaard");
        assertThat(c.contact().email()).isEqualTo("asf@sa.dk");
        var counts = catalog.overview("2017-2019").completionCounts();
        assertThat(counts.get(Completion.LIMITED)).isEqualTo(7);
        assertThat(counts.get(Completion.SUBSTANTIAL)).isEqualTo(5);
        assertThat(counts.get(Completion.COMPLETED)).isEqualTo(2);
        String page = mvc.perform(get("/da/plans/2017-2019/adjustments")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Slutdato er ændret fra den 30. juni 2018 til den 31. august 2018",
                "Midtvejsevaluering 2017-2019 (004_270ecd8201d8a2bf.txt)");
        assertThat(ledger.forPlan("2017-2019").get("3.3")).extracting(Adjustment::kind).contains(Adjustment.Kind.NOTE);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        int before = ledger.forPlan("2017-2019").values().stream().mapToInt(List::size).sum();
        var outcome = importer.load(seed(), "004_270ecd8201d8a2bf.txt", "test");
        assertThat(outcome.fieldsChanged()).isZero();
        assertThat(outcome.notesAdded()).isZero();
        assertThat(outcome.commitmentsCreated()).isZero();
        assertThat(outcome.repeated()).isTrue();
        assertThat(ledger.forPlan("2017-2019").values().stream().mapToInt(List::size).sum()).isEqualTo(before);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // it changes the 2017-2019 record other tests read
    @org.springframework.test.annotation.DirtiesContext(methodMode = org.springframework.test.annotation.DirtiesContext.MethodMode.AFTER_METHOD)
    void aLaterEvaluationUpdatesCompletionAndMilestonesAsAdjustmentsNamingTheSource() throws Exception {
        String text = new String(seed(), StandardCharsets.UTF_8);
        // 1.1 moves from "Begrænset" to "Væsentligt", and its second milestone is now done.
        String later = text.replaceFirst("\n X   \n", "\n  X  \n")
                .replaceFirst("1\\. januar 2018 1\\. juni 2018 Ikke påbegyndt", "1. januar 2018 1. juni 2018 Afsluttet")
                .replace("Midtvejsevaluering", "Slutevaluering").replace("midtvejsevaluering", "slutevaluering");
        byte[] bytes = later.getBytes(StandardCharsets.UTF_8);
        ImportDocument doc = importer.read(bytes, "slutevaluering-2017-2019.txt");
        assertThat(doc.commitments().get(0).completion()).as("the fixture really moves the X").isEqualTo("SUBSTANTIAL");

        var outcome = importer.load(bytes, "slutevaluering-2017-2019.txt", "test");
        assertThat(outcome.fieldsChanged()).isGreaterThanOrEqualTo(2);
        Commitment c = catalog.commitment("2017-2019", "1.1");
        assertThat(c.completion()).isEqualTo(Completion.SUBSTANTIAL);
        assertThat(c.milestones().get(1).statusText()).isEqualTo("Afsluttet");
        Adjustment latest = ledger.forCommitment("2017-2019", "1.1").stream()
                .filter(a -> a.kind() == Adjustment.Kind.CHANGE).findFirst().orElseThrow();
        assertThat(latest.reason()).contains("slutevaluering-2017-2019.txt");
        assertThat(latest.changes()).anySatisfy(ch -> {
            assertThat(ch.field()).isEqualTo("completion");
            assertThat(ch.before()).isEqualTo("LIMITED");
            assertThat(ch.after()).isEqualTo("SUBSTANTIAL");
        });
        assertThat(latest.changes()).anySatisfy(ch -> assertThat(ch.field()).endsWith("].status"));

        var again = importer.load(bytes, "slutevaluering-2017-2019.txt", "test");
        assertThat(again.fieldsChanged()).as("the same later evaluation twice").isZero();
    }

    @Test
    void unreadableDocumentsAreRefusedWithAReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.load(new byte[0], "tom.txt", "test"))
                .isInstanceOf(ImportException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.load(
                        "Opskrift på æblekage\n\n200 g smør\n3 æbler\nBag i 40 minutter.".getBytes(StandardCharsets.UTF_8),
                        "kage.txt", "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not an OGP");
    }
}
