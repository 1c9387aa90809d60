package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.planspor.plans.IrmIndicator;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OGP's real sample (558 rows of 75 members) imported member by member into a platform without Denmark's record, as
 * an operator of another member would: for every member, one commitment per row, nothing skipped, and each
 * commitment's OGP ID, title, lead institution, action plan and IRM codings exactly as the sheet has them (read here
 * independently, with Commons CSV). Six members are checked by hand against the CSV as well.
 */
@SpringBootTest(properties = "planspor.bundled-record=false")
class OgpSampleMembersTest {

    @Autowired
    OgpSheetImporter importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMemberOfOgpsSampleImportsRowForRow() throws Exception {
        byte[] sample = OgpSheetReaderTest.sample();
        String text = new String(sample, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        Map<String, List<CSVRecord>> byMember = new TreeMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            byMember.computeIfAbsent(r.get("Code"), k -> new java.util.ArrayList<>()).add(r);
        }
        assertThat(byMember).hasSize(75);

        int commitments = 0;
        for (var member : byMember.entrySet()) {
            List<CSVRecord> rows = member.getValue();
            OgpSheetImporter.Outcome outcome = importer.load(sample, "ogp-sample.csv", member.getKey(), "Medlemstest");
            assertThat(outcome.memberRows()).as(member.getKey()).isEqualTo(rows.size());
            assertThat(outcome.created()).as("%s: one commitment per row", member.getKey()).isEqualTo(rows.size());
            assertThat(outcome.skipped()).as("%s: nothing skipped (%s)", member.getKey(), outcome.warnings()).isZero();
            for (CSVRecord r : rows) {
                String id = r.get("Commitment Unique Identifier");
                Stored c = stored(id);
                assertThat(c).as(id).isNotNull();
                String title = r.get("Commitment Title").isBlank() ? r.get("Short Title") : r.get("Commitment Title");
                assertThat(c.title()).as("%s title", id).isEqualTo(title.strip());
                assertThat(normalised(c.lead())).as("%s lead institution", id).isEqualTo(normalised(r.get("Lead Institution")));
                assertThat(c.actionPlanId()).as("%s action plan", id).isEqualTo(r.get("Action Plan ID"));
                assertThat(codings(c.id())).as("%s IRM codings", id).isEqualTo(expectedCodings(r));
            }
            commitments += rows.size();
        }
        assertThat(jdbc.sql("select count(*) from commitment").query(Integer.class).single()).isEqualTo(commitments).isEqualTo(558);

        // By hand, from the CSV
        assertThat(stored("IE0012")).satisfies(c -> {
            assertThat(c.number()).isEqualTo("3.2");
            assertThat(c.title()).isEqualTo("Strengthening Freedom of Information - Implement the Code of Practice for Freedom of Information (FOI).");
            assertThat(c.lead()).isEqualTo("Department of Public Expenditure and Reform (DPER)");
            assertThat(codings(c.id())).containsEntry("COMPLETION_END", "Complete");
        });
        assertThat(stored("UK0051")).satisfies(c -> {
            assertThat(c.number()).isEqualTo("10");
            assertThat(c.lead()).isEqualTo("The National Archives");
            assertThat(c.actionPlanId()).isEqualTo("AP_GBR02");
            assertThat(codings(c.id())).containsEntry("COMPLETION_END", "Substantial");
        });
        assertThat(stored("UA0001")).satisfies(c -> {
            assertThat(c.number()).isEqualTo("1");
            assertThat(c.title()).isEqualTo("Laws on public participation");
            assertThat(c.lead()).isEqualTo("Ministry of Justice");
            assertThat(codings(c.id())).doesNotContainKey("COMPLETION_END"); // ND: no data, nothing recorded
        });
        assertThat(stored("GT0045")).as("OGP's numbers that start with letters are taken").satisfies(c -> {
            assertThat(c.number()).isEqualTo("SC17");
            assertThat(c.lead()).isEqualTo("Ministerio de Finanzas Públicas");
            assertThat(codings(c.id())).containsEntry("COMPLETION_END", "NR");
        });
        assertThat(stored("RO0018").number()).isEqualTo("B.1.A");
        assertThat(stored("EE0043")).as("a spreadsheet's 2.2999999999999998 is 2.3").satisfies(c -> {
            assertThat(c.number()).isEqualTo("2.3");
            assertThat(c.title()).isEqualTo("More open and transparent law-making");
            assertThat(c.lead()).isEqualTo("Riigikogu");
        });
        assertThat(stored("CL0005").number()).isEqualTo("2.1");
        assertThat(stored("CL0006")).as("OGP numbers two commitments of Chile's first plan 2.1: the second is 2.1b")
                .satisfies(c -> {
                    assertThat(c.number()).isEqualTo("2.1b");
                    assertThat(c.title()).isEqualTo("Proyecto de Ley sobre Partidos Políticos");
                    assertThat(c.actionPlanId()).isEqualTo("AP_CHL01");
                });

        // the same file again, every member at once: nothing changes
        OgpSheetImporter.Outcome again = importer.load(sample, "ogp-sample.csv", "ALL", "Medlemstest");
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(558);
        assertThat(again.changedFields()).isZero();
    }

    record Stored(long id, String number, String title, String lead, String actionPlanId) {
    }

    private Stored stored(String ogpId) {
        return jdbc.sql("""
                select c.id, c.number, c.title_en, o.name_da, p.ogp_action_plan_id from commitment c
                  join plan p on p.id = c.plan_id left join organisation o on o.id = c.lead_agency_id
                 where c.ogp_id = :id""").param("id", ogpId)
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional().orElse(null);
    }

    private Map<String, String> codings(long commitmentId) {
        Map<String, String> found = new HashMap<>();
        jdbc.sql("select indicator, value from irm_finding where commitment_id = :c").param("c", commitmentId)
                .query((rs, i) -> found.put(rs.getString(1), rs.getString(2))).list();
        return found;
    }

    /**
     * The sheet's codings of the row as Planspor keeps them: each known value, ND (no data) included, of every report
     * the row has any data for; a report with only ND is not recorded.
     */
    private static Map<String, String> expectedCodings(CSVRecord r) {
        Map<String, String> expected = new HashMap<>();
        for (dk.planspor.plans.IrmReportKind kind : dk.planspor.plans.IrmReportKind.values()) {
            Map<String, String> ofReport = new HashMap<>();
            for (IrmIndicator indicator : IrmIndicator.values()) {
                String value = r.isMapped(indicator.sheetColumn()) ? r.get(indicator.sheetColumn()).strip() : "";
                if (indicator.report() != kind || value.isEmpty()) {
                    continue;
                }
                if (IrmIndicator.NO_DATA.equals(value)) {
                    ofReport.put(indicator.name(), value);
                } else {
                    indicator.canonical(value).ifPresent(v -> ofReport.put(indicator.name(), v));
                }
            }
            if (!ofReport.values().stream().allMatch(IrmIndicator.NO_DATA::equals)) {
                expected.putAll(ofReport);
            }
        }
        return expected;
    }

    /** A name compared as the importer matches organisations; OGP's "NA", "N/A", "ND" and "NR" state no name. */
    private static String normalised(String name) {
        if (name == null || java.util.Set.of("", "NA", "N/A", "ND", "NR").contains(name.strip())) {
            return null;
        }
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
