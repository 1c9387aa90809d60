package dk.planspor.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dk.planspor.opendata.Dashboards.Bar;
import dk.planspor.plans.Completion;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Dashboards carry every number as text next to the chart; the data page lists every dataset and field. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OpenData openData;

    @Test
    void completionOf2017To2019IsSevenLimitedFiveSubstantialTwoCompleted() throws Exception {
        Map<Completion, Long> counts = openData.dashboard("2017-2019").completion().stream()
                .filter(b -> b.completion() != null).collect(Collectors.toMap(Bar::completion, Bar::count));
        assertThat(counts).containsEntry(Completion.LIMITED, 7L).containsEntry(Completion.SUBSTANTIAL, 5L)
                .containsEntry(Completion.COMPLETED, 2L).containsEntry(Completion.NOT_STARTED, 0L);

        Document page = html("/en/plans/2017-2019/dashboard");
        var table = page.select("table:has(caption:containsOwn(Commitments per completion level))").first();
        assertThat(table).isNotNull();
        assertThat(table.select("tbody tr").eachText()).contains("Limited 7 50 %", "Substantial 5 36 %", "Completed 2 14 %");
        assertThat(page.select("svg[role=img] title").eachText()).contains("Number of commitments per completion level",
                "Timeline of the plan's milestones");
    }

    @Test
    void timelineHasABarAndATableRowForEveryMilestone() throws Exception {
        var dashboard = openData.dashboard("2017-2019");
        long milestones = dashboard.timeline().rows().size();
        assertThat(milestones).isGreaterThan(30);
        Document page = html("/da/plans/2017-2019/dashboard");
        assertThat(page.select("table:has(caption:containsOwn(Milepæle med trykte datoer)) tbody tr")).hasSize((int) milestones);
        long withInterval = dashboard.timeline().rows().stream().filter(r -> r.x() != null).count();
        assertThat(page.select("figure.planspor-timeline rect.planspor-chart__bar")).hasSize((int) withInterval);
        // the plan ended in 2019: whatever is not completed is late, and listed as such
        long late = dashboard.timeline().rows().stream().filter(Dashboards.TimelineRow::late).count();
        assertThat(page.select("#late + p + ul li, #late ~ ul li").size()).isGreaterThanOrEqualTo((int) late);
        assertThat(dashboard.late()).allSatisfy(r -> assertThat(r.status().isDone()).isFalse());
    }

    @Test
    void theRecordDashboardHasEveryPlanAndAgency() throws Exception {
        Document page = html("/en/dashboards");
        var perPlan = page.select("table:has(caption:containsOwn(for each plan)) tbody tr");
        assertThat(perPlan.eachText()).anySatisfy(t -> assertThat(t).startsWith("Denmark's Open Government National Action Plan 2017-2019 14 0 7 5 2 0"));
        assertThat(perPlan.size()).isGreaterThanOrEqualTo(5);
        var perAgency = html("/da/dashboards").select("table:has(caption:containsOwn(for hver ansvarlig myndighed)) tbody tr");
        // other tests add fixture plans to the shared database: check the row adds up rather than fixed figures
        String row = perAgency.eachText().stream().filter(t -> t.startsWith("Rigsarkivet ")).findFirst().orElseThrow();
        int[] n = java.util.Arrays.stream(row.substring("Rigsarkivet ".length()).split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(n[0]).isPositive().isEqualTo(java.util.Arrays.stream(n).skip(1).sum());
    }

    @Test
    void theDataPageListsEveryDatasetFieldAndDownload() throws Exception {
        Document page = html("/da/data");
        for (Dataset d : Dataset.values()) {
            assertThat(page.getElementById(d.id())).as(d.id()).isNotNull();
            for (Format f : Format.values()) {
                assertThat(page.select("a[href=/api/v1/" + d.id() + "." + f.extension() + "]")).hasSize(1);
            }
            for (Dataset.Column c : d.columns()) {
                assertThat(page.select("code").eachText()).contains(c.name());
            }
        }
        assertThat(page.select("a[href=/api/v1/plans/2017-2019/commitments.xlsx]")).hasSize(1);
        assertThat(page.text()).contains("CC0 1.0");
    }

    @Test
    void theAtomFeedOfPlansParses() throws Exception {
        String xml = mvc.perform(get("/en/plans/feed.atom")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getEntries()).extracting(e -> e.getId()).contains("urn:planspor:plan:2017-2019",
                "urn:planspor:plan:2023-2025");
    }

    @Test
    void theAtomFeedsOfConsultationsAndReportsParse() throws Exception {
        Feed consultations = (Feed) new WireFeedInput().build(new StringReader(mvc.perform(get("/da/consultations/feed.atom"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
        assertThat(consultations.getEntries()).extracting(e -> e.getId())
                .contains("urn:planspor:consultation:ogp-handlingsplan-2017-2019");
        Feed reports = (Feed) new WireFeedInput().build(new StringReader(mvc.perform(get("/en/reports/feed.atom"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
        assertThat(reports.getEntries()).extracting(e -> e.getId()).contains("urn:planspor:report:2017-2019:midterm");
    }

    private Document html(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
