package dk.planspor.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.platform.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * OGP's classification and the IRM's findings on the public pages and in the API: Denmark's bundled IRM facts,
 * and a fixture plan where the IRM and the government disagree.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OgpRecordPagesTest {

    static final String SLUG = "9811-9812";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    CommitmentRepository commitments;
    @Autowired
    IrmRecord irm;
    @Autowired
    TransactionTemplate tx;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePlanPageShowsTheIrmsFiguresMarkedAsTheIrms() throws Exception {
        String da = page("/da/plans/2017-2019");
        assertThat(da).contains("IRM&#39;s vurdering af handlingsplanen", "IRM Implementation Report 2017-2019",
                "IRM: 7 af 14 afsluttet ved periodens afslutning", "IRM: 9 af 14 helt eller i væsentlig grad gennemført",
                "IRM: 12 af 14 relevante for OGP&#39;s værdier", "Kilde: IRM", "Consult", "Involve");
        String en = page("/en/plans/2017-2019");
        assertThat(en).contains("IRM: 7 of 14 complete at end of term", "IRM: 0 starred commitments",
                "IRM: 0 of 14 with transformative potential impact");
        assertThat(page("/en/plans/2019-2022")).contains("IRM: 7 of 7 fully or substantially complete");
        mvc.perform(get("/api/v1/plans/2017-2019"))
                .andExpect(jsonPath("$.irmReports[?(@.kind=='RESULTS')].complete", hasItem(7)))
                .andExpect(jsonPath("$.irmReports[?(@.kind=='RESULTS')].commitmentsAssessed", hasItem(14)))
                .andExpect(jsonPath("$.irmReports[?(@.kind=='DESIGN')].publicInfluence", hasItem("Involve")));
    }

    @Test
    void aCommitmentPageShowsTheIrmsCodingsBesideTheSelfAssessment() throws Exception {
        String da = page("/da/plans/2017-2019/commitments/1.5");
        assertThat(da).contains("Regeringens selvevaluering og IRM&#39;s vurdering", "IRM Design Report 2017-2019",
                "Verificerbar", "Ja", "Potentiel effekt", "Mindre", "Gjorde det forvaltningen mere åben? (samlet)",
                "Marginalt", "Regeringens selvevaluering").doesNotContain("id=\"irm-disagrees\"");
        String en = page("/en/plans/2019-2022/commitments/3");
        assertThat(en).contains("IRM Results Report 2019-2022", "Did it open government? (overall)", "Major",
                "Not assessed by the IRM");
        mvc.perform(get("/api/v1/plans/2017-2019/commitments/1.5"))
                .andExpect(jsonPath("$.irm[?(@.kind=='DESIGN')].findings.VERIFIABLE", hasItem("Yes")))
                .andExpect(jsonPath("$.irm[?(@.kind=='DESIGN')].findings.POTENTIAL_IMPACT", hasItem("Minor")))
                .andExpect(jsonPath("$.irm[?(@.kind=='RESULTS')].findings.OPEN_GOVERNMENT", hasItem("Marginal")))
                .andExpect(jsonPath("$.irmDisagrees", is(false)));
    }

    @Test
    void whereTheIrmAndTheGovernmentDisagreeThePageSaysSoAndKeepsBoth() throws Exception {
        fixture();
        String da = page("/da/plans/" + SLUG + "/commitments/1");
        assertThat(da).contains("id=\"irm-disagrees\"",
                "IRM&#39;s vurdering afviger fra regeringens: regeringen vurderer gennemførelsen som Væsentligt, IRM som Begrænset (IRM Results Report 9811)",
                "Åbne data", "Beskyttelse af whistleblowere", "Adgang til information",
                "Ingen data", "(ND)", "Ikke vurderet", "(NR)");
        String en = page("/en/plans/" + SLUG + "/commitments/1");
        assertThat(en).contains("the government rates completion as Substantial", "the IRM as Limited",
                "Open Data", "Whistleblower Protections", "Access to information");
        mvc.perform(get("/api/v1/plans/" + SLUG + "/commitments/1"))
                .andExpect(jsonPath("$.completion", is("SUBSTANTIAL")))
                .andExpect(jsonPath("$.irmDisagrees", is(true)))
                .andExpect(jsonPath("$.policyAreas[0]", is("whistleblower-protections")))
                .andExpect(jsonPath("$.policyAreas[1]", is("open-data")))
                .andExpect(jsonPath("$.ogpValues[0]", is("ACCESS_TO_INFORMATION")))
                .andExpect(jsonPath("$.irm[0].findings.COMPLETION_END", is("Limited")))
                .andExpect(jsonPath("$.irm[0].findings.EARLY_RESULTS", is("ND")));
        String plan = page("/da/plans/" + SLUG);
        assertThat(plan).contains("Initiativer pr. politikområde (OGP)", "Åbne data",
                "IRM: 0 af 1 afsluttet ved periodens afslutning", "Tallene er talt op fra IRM");
        assertThat(page("/da/plans/" + SLUG + "/commitments/2")).contains("Ingen dokumentation tilgængelig");
        assertThat(page("/en/plans/" + SLUG)).contains("No evidence available");
        mvc.perform(get("/api/v1/plans/" + SLUG))
                .andExpect(jsonPath("$.commitments[1].completion", is("NO_EVIDENCE")))
                .andExpect(jsonPath("$.policyAreas.open-data", is(1)))
                .andExpect(jsonPath("$.irmReports[0].countedFromFindings", is(true)));
    }

    private void fixture() {
        tx.executeWithoutResult(s -> {
            if (catalog.findPlan(SLUG).isPresent()) {
                return;
            }
            Plan plan = catalog.definePlan(SLUG, LocalizedText.of("IRM-testplan", "IRM test plan"),
                    LocalDate.of(9811, 1, 1), LocalDate.of(9812, 12, 31), PlanState.CLOSED);
            Commitment c = new Commitment(plan, null, "1", LocalizedText.of("Åbne whistleblowerdata", "Open whistleblower data"), null);
            c.recordCompletion(Completion.SUBSTANTIAL, null);
            assertThat(c.classify(List.of("open-data", "whistleblower-protections", "not-an-ogp-area"),
                    Set.of(OgpValue.ACCESS_TO_INFORMATION))).hasSize(2);
            commitments.saveAndFlush(c);
            IrmReport report = irm.report(plan, IrmReportKind.RESULTS, "IRM Results Report 9811", 9813, null, null);
            assertThat(irm.record(report, c, IrmIndicator.COMPLETION_END, "Limited")).isPresent();
            assertThat(irm.record(report, c, IrmIndicator.COMPLETION_END, "Limited")).isEmpty();
            irm.record(report, c, IrmIndicator.EARLY_RESULTS, "ND");
            irm.record(report, c, IrmIndicator.OPEN_GOVERNMENT, "NR");
            Commitment none = new Commitment(plan, null, "2", LocalizedText.of("Uden dokumentation", "Without evidence"), null);
            none.recordCompletion(Completion.NO_EVIDENCE, null);
            commitments.saveAndFlush(none);
        });
    }
}
