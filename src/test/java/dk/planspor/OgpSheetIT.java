package dk.planspor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * OGP's sheet end to end on the packaged jar: a platform set up for another member (Ireland, the Danish record
 * switched off) imports that member's rows of OGP's real sample from the command line and shows them; and the round
 * trip: Denmark's export, imported into an empty platform, exports the same commitments, IDs, values and findings.
 */
class OgpSheetIT {

    static final Path SAMPLE = Path.of("src/test/resources/ogp/ogp-commitments-open-parliaments.csv").toAbsolutePath();
    static final Map<String, String> IRELAND = Map.of("PLANSPOR_OGP_MEMBER", "IRL", "PLANSPOR_OGP_MEMBER_NAME", "Ireland",
            "PLANSPOR_BUNDLED_RECORD", "false", "PLANSPOR_OGP_COMMITMENT_URL",
            "https://www.opengovpartnership.org/members/ireland/commitments/{id}/");
    static final Map<String, String> EMPTY_DENMARK = Map.of("PLANSPOR_BUNDLED_RECORD", "false");

    private static Path dataDir(String name) {
        return Path.of("target/test-db/ogp-" + name + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    @Test
    void aPlatformForAnotherMemberImportsAndShowsThatMembersRows() throws Exception {
        Path dir = dataDir("irl");
        JarNode.Result dry = JarNode.command(dir, IRELAND, "import", SAMPLE.toString(), "--dry-run");
        assertThat(dry.exitCode()).as(dry.output()).isZero();
        assertThat(dry.output()).contains("dry run, nothing written", "(member IRL): 558 rows read, 10 taken",
                "4 plans created, 10 commitments created");
        JarNode.Result imported = JarNode.command(dir, IRELAND, "import", SAMPLE.toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("imported ogp-commitments-open-parliaments.csv (member IRL)",
                "4 plans created, 10 commitments created, 0 updated");
        JarNode.Result again = JarNode.command(dir, IRELAND, "import", SAMPLE.toString(), "--json");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("\"created\" : 0", "\"updated\" : 0", "\"unchanged\" : 10", "\"changedFields\" : 0");
        JarNode.Result other = JarNode.command(dir, IRELAND, "import", SAMPLE.toString(), "--member", "xx");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.output()).contains("--member takes an ISO 3166 alpha-3 code");

        try (JarNode node = JarNode.start("irl", dir, IRELAND).awaitReady()) {
            String plans = node.get("/api/v1/plans").body();
            assertThat(plans).contains("Ireland: action plan 2014-2016").doesNotContain("Denmark", "2017-2019");
            String slug = "2014-2016";
            String page = node.get("/en/plans/" + slug + "/commitments/3.2").body();
            assertThat(page).contains("Strengthening Freedom of Information", "IE0012",
                    "https://www.opengovpartnership.org/members/ireland/commitments/ie0012/",
                    "Department of Public Expenditure");
            String da = node.get("/da/plans/" + slug).body();
            assertThat(da).contains("Initiativer pr. politikområde (OGP)", "IRM");
            String sheet = node.get("/api/v1/ogp/commitments.csv").body();
            List<CSVRecord> rows = rows(sheet);
            assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.get("Code")).isEqualTo("IRL"));
            assertThat(node.get("/api/v1/plans/" + slug + "/adjustments.csv").body())
                    .contains("OGP commitments data sheet ogp-commitments-open-parliaments.csv");
        }
        JarNode.stopDatabase(dir);
    }

    @Test
    void denmarksExportImportedIntoAnEmptyPlatformGivesTheSameRecord() throws Exception {
        Path original = dataDir("dnk");
        String exported;
        try (JarNode node = JarNode.start("dnk", original, Map.of()).awaitReady()) {
            exported = node.get("/api/v1/ogp/commitments.csv").body();
        }
        JarNode.stopDatabase(original);
        Path file = original.resolveSibling(original.getFileName() + "-export.csv");
        Files.writeString(file, exported, StandardCharsets.UTF_8);

        Path empty = dataDir("empty");
        JarNode.Result imported = JarNode.command(empty, EMPTY_DENMARK, "import", file.toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        List<CSVRecord> before = rows(exported);
        assertThat(imported.output()).contains(before.size() + " taken", before.size() + " commitments created");
        String after;
        try (JarNode node = JarNode.start("empty", empty, EMPTY_DENMARK).awaitReady()) {
            after = node.get("/api/v1/ogp/commitments.csv").body();
        }
        JarNode.stopDatabase(empty);
        Map<String, CSVRecord> a = byKey(before);
        Map<String, CSVRecord> b = byKey(rows(after));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(a).containsKeys("DK0054", "DK0066", "3/1.1");
        List<String> same = new java.util.ArrayList<>(List.of("Commitment Unique Identifier", "Commitment Number",
                "Action Plan Number", "Commitment Title", "Theme", "Full Text", "Lead Institution", "Start Date", "End Date",
                "OGP Value Access To Information", "OGP Value Civic Participation", "OGP Value Public Accountability",
                "OGP Value Technology", "Action Plan ID", "URL"));
        same.addAll(List.of("Specificity", "Verifiable", "_Relevant", "Potential Impact", "Completion (Progress Report)",
                "Completion (End Of Term)", "Early Results", "Did It Open Government (Overall)", "_OpenGovernment"));
        same.addAll(dk.planspor.plans.PolicyArea.all().stream().map(dk.planspor.plans.PolicyArea::sheetHeader).toList());
        for (String key : a.keySet()) {
            for (String column : same) {
                assertThat(b.get(key).get(column)).as(key + " " + column).isEqualTo(a.get(key).get(column));
            }
        }
        assertThat(a.get("DK0054").get("Verifiable")).isEqualTo("Yes");
        assertThat(a.get("DK0066").get("Did It Open Government (Overall)")).isEqualTo("Major");
    }

    private static Map<String, CSVRecord> byKey(List<CSVRecord> rows) {
        Map<String, CSVRecord> map = new HashMap<>();
        for (CSVRecord r : rows) {
            String id = r.get("Commitment Unique Identifier");
            map.put("ND".equals(id) ? r.get("Action Plan Number") + "/" + r.get("Commitment Number") : id, r);
        }
        return map;
    }

    private static List<CSVRecord> rows(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }
}
