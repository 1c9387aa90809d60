package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.plans.Commitment;
import dk.planspor.plans.IrmRecord;
import dk.planspor.plans.OgpValue;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PolicyArea;
import dk.planspor.tracking.AdjustmentLedger;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OGP's sheet in and out on the real database: an import of a member's rows creates plans and commitments with their
 * OGP IDs, policy areas, values and IRM findings, records every change as an adjustment naming the file, changes
 * nothing the second time; the export writes OGP's 171 columns and codings, and reads back the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OgpSheetImportTest {

    /** A fictitious member with plans far in the future, so the shared Danish record is not touched. */
    static final String HEADER = "Commitment Unique Identifier,Country/Locality,Action Plan Number,Commitment Number,Code,"
            + "Year Of Submission,Action Plan End Year,Theme,Commitment Title,Full Text,Start Date,End Date,Lead Institution,"
            + "Supporting Institution(s),Open Data,Right To Information,OGP Value Access To Information,"
            + "OGP Value Civic Participation,OGP Value Public Accountability,OGP Value Technology,"
            + "Report Publication Year (Progress Report),Specificity,Verifiable,Potential Impact,Completion (Progress Report),"
            + "Report Publication Year (End Of Term),Completion (End Of Term),Did It Open Government (Overall),Action Plan ID\n";
    static final String ROWS = HEADER
            + "ZZ0001,Zedland,1,1,ZZZ,9831,9832,Open data,Open the register,\"What is the public problem that the commitment will address?\n"
            + "The register is closed.\nWhat is the commitment?\nAn open register.\n"
            + "Milestone activity with a verifiable deliverable | Start Date | End Date\nPublish the data | 2. kvartal 9831 | 9832\",1/1/9831,"
            + "12/31/9832,Zedland Data Agency,Zedland NGO Forum,1,0,1,0,0,1,9832,High,Yes,Moderate,Substantial,9833,Complete,Major,AP_ZZZ01\n"
            + "ZZ0002,Zedland,1,2,ZZZ,9831,9832,NA,Publish budgets,Budgets will be published.,NA,NA,Zedland Finance,NA,0,1,ND,ND,ND,ND,"
            + "NR,NR,NR,NR,NR,ND,ND,ND,AP_ZZZ01\n"
            + "ZZ0003,Zedland,2,1,ZZZ,9833,9834,NA,Broken row,Text.,31/12/9833,NA,NA,NA,7,0,0,0,0,0,ND,Huge,Yes,ND,ND,ND,ND,ND,AP_ZZZ02\n"
            + "XX0001,Elsewhere,1,1,XXX,9831,9832,NA,Not ours,Text.,NA,NA,NA,NA,0,0,0,0,0,0,ND,ND,ND,ND,ND,ND,ND,ND,AP_XXX01\n";

    @Autowired
    OgpSheetImporter importer;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    IrmRecord irm;
    @Autowired
    AdjustmentLedger ledger;
    @Autowired
    MockMvc mvc;

    @Test
    void importsAMembersRowsOnceAndTheExportWritesThemBackInOgpsLayout() throws Exception {
        byte[] file = ROWS.getBytes(StandardCharsets.UTF_8);
        OgpSheetImporter.Outcome dry = importer.preview(file, "zedland.csv", "ZZZ", "test");
        assertThat(dry.created()).isEqualTo(3);
        assertThat(catalog.findPlan("9831-9832")).as("a dry run writes nothing").isEmpty();

        OgpSheetImporter.Outcome first = importer.load(file, "zedland.csv", "ZZZ", "Importtest");
        assertThat(first.rowsRead()).isEqualTo(4);
        assertThat(first.memberRows()).isEqualTo(3);
        assertThat(first.otherMembers()).isEqualTo(1);
        assertThat(first.plansCreated()).isEqualTo(2);
        assertThat(first.created()).isEqualTo(3);
        assertThat(first.warnings()).anyMatch(w -> w.startsWith("row 4 (ZZ0003): the date '31/12/9833'"))
                .anyMatch(w -> w.startsWith("row 4 (ZZ0003): unknown code 'Huge' in column 'Specificity'"))
                .anyMatch(w -> w.startsWith("row 4 (ZZ0003): unknown code '7' in column 'Open Data'"));
        assertThat(first.summary()).contains("2 plans created, 3 commitments created");

        Commitment c = catalog.commitment("9831-9832", "1");
        assertThat(c.ogpId()).isEqualTo("ZZ0001");
        assertThat(c.plan().ogpActionPlanId()).isEqualTo("AP_ZZZ01");
        assertThat(c.title().en()).isEqualTo("Open the register");
        assertThat(c.theme().title().en()).isEqualTo("Open data");
        assertThat(c.template().problem().en()).isEqualTo("The register is closed.");
        assertThat(c.template().description().en()).isEqualTo("An open register.");
        assertThat(c.milestones()).singleElement().satisfies(m -> {
            assertThat(m.title().en()).isEqualTo("Publish the data");
            assertThat(m.start().text()).isEqualTo("2. kvartal 9831");
        });
        assertThat(c.period().from()).hasToString("9831-01-01");
        assertThat(c.period().to()).hasToString("9832-12-31");
        assertThat(c.leadAgency().name().da()).isEqualTo("Zedland Data Agency");
        assertThat(c.otherGovernmentActors().en()).isEqualTo("Zedland NGO Forum");
        assertThat(c.policyAreas()).extracting(PolicyArea::code).containsExactly("open-data");
        assertThat(c.ogpValues()).containsExactly(OgpValue.ACCESS_TO_INFORMATION, OgpValue.TECHNOLOGY_AND_INNOVATION);
        assertThat(c.completion()).as("the IRM's completion never becomes the government's").isNull();
        IrmRecord.CommitmentIrm findings = irm.ofCommitment(c);
        assertThat(findings.reports()).hasSize(2);
        assertThat(findings.completionFinding()).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo("Complete"));
        Commitment budgets = catalog.commitment("9831-9832", "2");
        assertThat(irm.ofCommitment(budgets).reports()).as("NR is kept, all-ND reports are not recorded")
                .singleElement().satisfies(r -> assertThat(r.findings()).allSatisfy(f -> assertThat(f.value()).isEqualTo("NR")));

        Awaitility.await().untilAsserted(() -> assertThat(ledger.forPlan("9831-9832").values().stream().flatMap(List::stream))
                .anySatisfy(a -> assertThat(a.reason()).contains("OGP commitments data sheet zedland.csv (sha256 ")));
        assertThat(ledger.forPlan("9831-9832").get(AdjustmentLedger.PLAN_ITSELF)).as("the plan's creation is an adjustment too")
                .singleElement().satisfies(a -> assertThat(a.reason()).startsWith("OGP commitments data sheet zedland.csv"));
        for (String number : List.of("1", "2")) { // two commitments of one plan: one event, an adjustment for each
            assertThat(ledger.forCommitment("9831-9832", number)).as("adjustment of commitment %s", number)
                    .singleElement().satisfies(a -> {
                        assertThat(a.reason()).startsWith("OGP commitments data sheet zedland.csv (sha256 ");
                        assertThat(a.author()).isEqualTo("Importtest");
                    });
        }

        // search: OGP's policy areas are a facet and a filter
        Awaitility.await().untilAsserted(() -> {
            String found = mvc.perform(get("/api/v1/search").param("q", "register").param("lang", "en")
                    .param("policyArea", "open-data")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(found).contains("/en/plans/9831-9832/commitments/1", "\"policyArea\"", "\"open-data\"");
        });
        String none = mvc.perform(get("/api/v1/search").param("q", "register").param("lang", "en")
                .param("policyArea", "tax")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).doesNotContain("/en/plans/9831-9832/commitments/1");
        String html = mvc.perform(get("/en/search").param("q", "register")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Policy area (OGP)", "Open Data");

        OgpSheetImporter.Outcome second = importer.load(file, "zedland.csv", "ZZZ", "Importtest");
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.changedFields()).as("importing the same file twice changes nothing").isZero();
        assertThat(second.plansCreated()).isZero();

        // the coordinator's page: an upload is applied once, a second confirmation finds nothing
        var pending = importer.upload(file, "zedland.csv", "ZZZ", "Importtest");
        assertThat(pending.preview().unchanged()).isEqualTo(3);
        assertThat(importer.confirm(pending.token(), "Importtest")).isPresent();
        assertThat(importer.confirm(pending.token(), "Importtest")).isEmpty();

        String changed = ROWS.replace("Open the register", "Open the whole register").replace(",Major,AP_ZZZ01", ",Marginal,AP_ZZZ01");
        OgpSheetImporter.Outcome third = importer.load(changed.getBytes(StandardCharsets.UTF_8), "zedland-2.csv", "ZZZ", "Importtest");
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.changedFields()).isEqualTo(2);
        assertThat(catalog.commitment("9831-9832", "1").title().en()).isEqualTo("Open the whole register");

        // The export: OGP's 171 headers in OGP's order, OGP's codings, ND where unknown
        String csv = mvc.perform(get("/api/v1/ogp/commitments.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
        List<String> headers = parser.getHeaderNames();
        assertThat(headers).hasSize(171).startsWith("Commitment Unique Identifier", "Country/Locality")
                .endsWith("Action Plan ID", "id");
        Map<String, CSVRecord> byId = new java.util.HashMap<>();
        for (CSVRecord r : parser) {
            byId.put(r.get("Commitment Unique Identifier"), r);
        }
        CSVRecord zz = byId.get("ZZ0001");
        assertThat(zz.get("Code")).isEqualTo("DNK"); // the platform's member, not the file's
        assertThat(zz.get("Commitment Title")).isEqualTo("Open the whole register");
        assertThat(zz.get("Open Data")).isEqualTo("1");
        assertThat(zz.get("Right To Information")).isEqualTo("0");
        assertThat(zz.get("Specificity")).isEqualTo("High");
        assertThat(zz.get("_Specificity")).isEqualTo("3");
        assertThat(zz.get("Completion (End Of Term)")).isEqualTo("Complete");
        assertThat(zz.get("_CompletionEndTerm")).isEqualTo("5");
        assertThat(zz.get("Did It Open Government (Overall)")).isEqualTo("Marginal");
        assertThat(zz.get("Early Results")).isEqualTo("ND");
        assertThat(zz.get("Start Date")).isEqualTo("1/1/9831");
        assertThat(zz.get("Full Text")).contains("What is the public problem that the commitment will address?\nThe register is closed.",
                "Publish the data | 2. kvartal 9831 | 9832");
        CSVRecord dk54 = byId.get("DK0054");
        assertThat(dk54.get("Verifiable")).isEqualTo("Yes");
        assertThat(dk54.get("Potential Impact")).isEqualTo("Minor");
        assertThat(dk54.get("_Potential Impact")).isEqualTo("1");
        assertThat(dk54.get("URL")).isEqualTo("https://www.opengovpartnership.org/members/denmark/commitments/dk0054/");
        assertThat(dk54.get("Specificity")).isEqualTo("ND");

        // What the export wrote reads back as the same rows (CSV and XLSX)
        var reread = OgpSheetReader.read(csv.getBytes(StandardCharsets.UTF_8), "export.csv", "DNK");
        var zzRow = reread.rows().stream().filter(r -> "ZZ0001".equals(r.ogpId())).findFirst().orElseThrow();
        assertThat(zzRow.content().problem()).isEqualTo("The register is closed.");
        assertThat(zzRow.policyAreas()).containsExactly("open-data");
        byte[] xlsx = mvc.perform(get("/api/v1/ogp/commitments.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var fromXlsx = OgpSheetReader.read(xlsx, "export.xlsx", "DNK");
        assertThat(fromXlsx.rows()).hasSameSizeAs(reread.rows());
        assertThat(fromXlsx.rows().stream().filter(r -> "ZZ0001".equals(r.ogpId())).findFirst().orElseThrow())
                .satisfies(r -> {
                    assertThat(r.findings()).isEqualTo(zzRow.findings());
                    assertThat(r.values()).isEqualTo(zzRow.values());
                    assertThat(r.content().title()).isEqualTo("Open the whole register");
                });
    }
}
