package dk.planspor.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.platform.Lang;
import dk.planspor.plans.CommitmentContent;
import dk.planspor.plans.CommitmentContent.MilestoneContent;
import dk.planspor.plans.Completion;
import dk.planspor.plans.Contact;
import dk.planspor.plans.PlanCatalog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Content applied to a commitment: first reading fills it without adjustments; a later document's
 * different values become adjustments with the source as reason; the same content again changes nothing.
 * The public adjustments page and history show them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdjustmentLedgerTest {

    static final String SLUG = "9101-9102";

    @Autowired
    PlanCatalog catalog;

    @org.junit.jupiter.api.BeforeEach
    void plan() {
        catalog.definePlan(SLUG, dk.planspor.platform.LocalizedText.of("Testplan", "Test plan"),
                java.time.LocalDate.of(2017, 7, 1), java.time.LocalDate.of(2019, 6, 30), dk.planspor.plans.PlanState.ADOPTED);
    }
    @Autowired
    AdjustmentLedger ledger;
    @Autowired
    MockMvc mvc;

    private static CommitmentContent content(Completion completion, String end, String status, String results) {
        return new CommitmentContent("2.3", "Min Log", "2017-2019", "Digitaliseringsstyrelsen", "Et problem.",
                "En beskrivelse.", null, null, null, completion, null, results, "Næste skridt.",
                List.of(new MilestoneContent("Første leverance", "1. august 2017", end, status),
                        new MilestoneContent("Anden leverance", "2018", "2019", "Ikke påbegyndt")),
                new Contact("Digitaliseringsstyrelsen", "Navn Navnesen", "Kontorchef", "nn@digst.dk", "+45 11 22 33 44"),
                "Styrelsen for X", null);
    }

    @Test
    void firstReadingFillsLaterDocumentAdjustsSameDocumentChangesNothing() throws Exception {
        var first = catalog.applyImport(SLUG, Lang.DA, List.of(content(Completion.LIMITED, "2. kvartal 2018", "I gang",
                "Resultater A.")), "Midtvejsevaluering (a.txt)", "a.txt", "importer");
        assertThat(first.adjustments()).as("filling empty fields is not an adjustment").isEmpty();
        assertThat(catalog.commitment(SLUG, "2.3").milestones()).hasSize(2);

        var again = catalog.applyImport(SLUG, Lang.DA, List.of(content(Completion.LIMITED, "2. kvartal 2018", "I gang",
                "Resultater A.")), "Midtvejsevaluering (a.txt)", "a.txt", "importer");
        assertThat(again.adjustments()).isEmpty();

        var later = catalog.applyImport(SLUG, Lang.DA, List.of(content(Completion.SUBSTANTIAL, "4. kvartal 2018",
                "Afsluttet", "Resultater B.")), "Slutevaluering (b.txt)", "b.txt", "importer");
        assertThat(later.adjustments()).hasSize(1);
        assertThat(later.adjustments().get(0).changes()).extracting(c -> c.field()).containsExactlyInAnyOrder(
                "results.da", "completion", "milestone[Første leverance].end", "milestone[Første leverance].status");

        List<Adjustment> history = ledger.forCommitment(SLUG, "2.3");
        assertThat(history).hasSize(1);
        Adjustment a = history.get(0);
        assertThat(a.reason()).isEqualTo("Slutevaluering (b.txt)");
        assertThat(a.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("completion");
            assertThat(c.before()).isEqualTo("LIMITED");
            assertThat(c.after()).isEqualTo("SUBSTANTIAL");
        });
        assertThat(catalog.commitment(SLUG, "2.3").completion()).isEqualTo(Completion.SUBSTANTIAL);

        String page = mvc.perform(get("/da/plans/" + SLUG + "/commitments/2.3/history")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Slutevaluering (b.txt)", "<del>2. kvartal 2018</del>", "<ins>4. kvartal 2018</ins>",
                "Milepæl – slutdato", "Første leverance");
        String plan = mvc.perform(get("/en/plans/" + SLUG + "/adjustments")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(plan).contains("Adjustments", "Commitment 2.3", "Completion", "Reason");

        // Atom feeds (read back with Rome): per commitment and per plan
        String atom = mvc.perform(get("/da/plans/" + SLUG + "/commitments/2.3/history.atom")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString();
        var feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput()
                .build(new java.io.StringReader(atom));
        assertThat(feed.getEntries()).hasSize(1);
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Initiativ 2.3: Slutevaluering (b.txt)");
        assertThat(feed.getEntries().get(0).getSummary().getValue())
                .contains("Gennemførelsesstatus: LIMITED → SUBSTANTIAL", "Milepæl – slutdato (Første leverance): 2. kvartal 2018 → 4. kvartal 2018");
        String planAtom = mvc.perform(get("/en/plans/" + SLUG + "/adjustments.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(planAtom).contains("<title>Adjustments – Test plan</title>", "Commitment 2.3: Slutevaluering (b.txt)");
    }

    @Test
    void notesFromAPublishedListAreRecordedOnce() {
        Instant at = Instant.parse("2018-10-22T10:00:00Z");
        assertThat(ledger.recordNote(SLUG, null, "3.3", "Slutdato er ændret fra den 30. juni 2018 til den 31. august 2018.",
                "Midtvejsevaluering 2017-2019 (004.txt)", "importer", "004.txt", at)).isTrue();
        assertThat(ledger.recordNote(SLUG, null, "3.3", "Slutdato er ændret fra den 30. juni 2018 til den 31. august 2018.",
                "Midtvejsevaluering 2017-2019 (004.txt)", "importer", "004.txt", at)).isFalse();
        assertThat(ledger.forPlan(SLUG).get("3.3")).hasSize(1)
                .first().extracting(Adjustment::kind).isEqualTo(Adjustment.Kind.NOTE);
    }
}
