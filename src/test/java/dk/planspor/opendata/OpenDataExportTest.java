package dk.planspor.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.plans.PlanCatalog;
import dk.planspor.tracking.AdjustmentLedger;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export parses back with the library that wrote it and has the right rows: the same table in CSV, XLSX
 * and JSON, checked against the plans and tracking facades, with the 2017-2019 commitments as header + 14 rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    AdjustmentLedger ledger;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MessageSource messages;

    @Test
    void commitmentsOf2017To2019AsCsvAreAHeaderAndFourteenRows() throws Exception {
        byte[] body = download("/api/v1/plans/2017-2019/commitments.csv", "text/csv");
        String text = new String(body, StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(l -> l.startsWith("2017-2019,") || l.startsWith("plan,")).toList();
        assertThat(lines.get(0)).startsWith("plan,number,theme,");
        List<CSVRecord> records = csv(body);
        assertThat(records).hasSize(14);
        CSVRecord first = records.get(0);
        assertThat(first.get("number")).isEqualTo("1.1");
        assertThat(first.get("title_da")).isEqualTo("Flere åbne data til borgere og medier");
        assertThat(first.get("lead_agency")).isEqualTo("Rigsarkivet");
        assertThat(first.get("completion")).isEqualTo(catalog.commitment("2017-2019", "1.1").completion().name());
        assertThat(first.get("url")).endsWith("/da/plans/2017-2019/commitments/1.1");
        assertThat(records.get(13).get("number")).isEqualTo("4.3");
        // multi-paragraph texts survive the CSV quoting
        assertThat(first.get("problem_da")).isEqualTo(catalog.commitment("2017-2019", "1.1").template().problem().da());
    }

    @ParameterizedTest
    @EnumSource(value = Dataset.class, names = {"COMMITMENTS", "MILESTONES", "ADJUSTMENTS"})
    void everyPerPlanExportParsesBackInAllThreeFormatsWithTheSameRows(Dataset dataset) throws Exception {
        sameRowsInAllThreeFormats("/api/v1/plans/2017-2019/" + dataset.id(), dataset, expectedRows(dataset));
    }

    @Autowired
    dk.planspor.forum.OgpForum forum;
    @Autowired
    dk.planspor.library.DocumentBank library;

    @Test
    void theMeetingsOfTheNetworkParseBackInAllThreeFormats() throws Exception {
        var meetings = forum.meetings();
        List<Map<String, String>> rows = sameRowsInAllThreeFormats("/api/v1/meetings", Dataset.MEETINGS, meetings.size());
        eachRow(rows, meetings, (row, m) -> {
            assertThat(row).containsEntry("id", String.valueOf(m.id())).containsEntry("title_da", m.title().da())
                    .containsEntry("starts_at", m.startsAt().toString()).containsEntry("capacity", String.valueOf(m.capacity()))
                    .containsEntry("minutes_published", String.valueOf(forum.minutes(m.id()).isPresent()));
            assertThat(row.get("url")).endsWith("/da/forum/meetings/" + m.id());
        });
    }

    @Test
    void theDocumentsOfTheLibraryParseBackInAllThreeFormats() throws Exception {
        var documents = library.documents();
        List<Map<String, String>> rows = sameRowsInAllThreeFormats("/api/v1/documents", Dataset.DOCUMENTS, documents.size());
        eachRow(rows, documents, (row, d) -> {
            assertThat(row).containsEntry("id", String.valueOf(d.id())).containsEntry("type", d.type().name())
                    .containsEntry("title", d.title()).containsEntry("date", d.date().toString())
                    .containsEntry("size_bytes", String.valueOf(d.size()));
            assertThat(row.get("url")).endsWith("/library/documents/" + d.id() + "/file");
        });
        // the address in the dataset serves the file
        String path = java.net.URI.create(rows.get(0).get("url")).getPath();
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    /** Checks each exported row against the facade's item in the same position. */
    private static <T> void eachRow(List<Map<String, String>> rows, List<T> items,
            java.util.function.BiConsumer<Map<String, String>, T> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(rows.get(i), items.get(i));
        }
    }

    /** Downloads {@code base}.csv, .xlsx and .json, checks that each has {@code expected} rows and that they agree. */
    private List<Map<String, String>> sameRowsInAllThreeFormats(String base, Dataset dataset, int expected) throws Exception {
        List<Map<String, String>> fromCsv = asMaps(csv(download(base + ".csv", "text/csv")));
        List<Map<String, String>> fromXlsx = xlsx(download(base + ".xlsx", "application/vnd.openxmlformats"), dataset);
        List<Map<String, Object>> fromJson = json(download(base + ".json", "application/json"));

        assertThat(expected).isPositive();
        assertThat(fromCsv).hasSize(expected);
        assertThat(fromXlsx).hasSize(expected);
        assertThat(fromJson).hasSize(expected);
        for (int i = 0; i < expected; i++) {
            for (Dataset.Column col : dataset.columns()) {
                String csvValue = fromCsv.get(i).get(col.name());
                Object jsonValue = fromJson.get(i).get(col.name());
                String xlsxValue = fromXlsx.get(i).get(col.name());
                assertThat(fromJson.get(i)).containsKey(col.name());
                assertThat(jsonValue == null ? "" : String.valueOf(jsonValue)).as("%s row %d json", col.name(), i)
                        .isEqualTo(csvValue);
                assertThat(xlsxValue).as("%s row %d xlsx", col.name(), i).isEqualTo(csvValue);
            }
        }
        return fromCsv;
    }

    @Test
    void theWholeRecordCoversEveryPlan() throws Exception {
        List<CSVRecord> plans = csv(download("/api/v1/plans.csv", "text/csv"));
        assertThat(plans).extracting(r -> r.get("slug")).contains("2012", "2013-2014", "2017-2019", "2019-2022", "2023-2025");
        assertThat(plans.stream().filter(r -> r.get("slug").equals("2017-2019")).findFirst().orElseThrow()
                .get("commitment_count")).isEqualTo("14");
        long total = catalog.plans().stream().mapToLong(PlanCatalog.PlanSummary::commitmentCount).sum();
        assertThat(csv(download("/api/v1/commitments.csv", "text/csv"))).hasSize((int) total);
        assertThat(json(download("/api/v1/milestones.json", "application/json"))).isNotEmpty();
    }

    @Autowired
    dk.planspor.consultation.ConsultationDesk consultations;

    @Test
    void publishedConsultationResponsesParseBackInEveryFormat() throws Exception {
        var call = consultations.published().stream().filter(c -> consultations.publishedResponseCount(c) > 0)
                .findFirst().orElseThrow();
        int expected = (int) consultations.publishedResponseCount(call);
        String base = "/api/v1/consultations/" + call.slug() + "/responses";
        List<CSVRecord> rows = csv(download(base + ".csv", "text/csv"));
        assertThat(rows).hasSize(expected);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("consultation")).isEqualTo(call.slug()));
        assertThat(xlsx(download(base + ".xlsx", "application/vnd.openxmlformats"), Dataset.RESPONSES)).hasSize(expected);
        assertThat(json(download(base + ".json", "application/json"))).hasSize(expected);
        assertThat(csv(download("/api/v1/responses.csv", "text/csv")).size()).isGreaterThanOrEqualTo(expected);
        // e-mail addresses are never published
        assertThat(new String(download(base + ".csv", "text/csv"), StandardCharsets.UTF_8)).doesNotContain("@");
    }

    @Test
    void anUnknownPlanIsAProblemNotAnEmptyFile() throws Exception {
        mvc.perform(get("/api/v1/plans/1999-2000/commitments.csv"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void everyFieldIsDescribedInDanishAndEnglish() {
        for (Dataset d : Dataset.values()) {
            for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.forLanguageTag("en"))) {
                assertThat(messages.getMessage(d.titleKey(), null, null, locale)).isNotBlank();
                for (Dataset.Column c : d.columns()) {
                    assertThat(messages.getMessage(c.descriptionKey(), null, null, locale))
                            .as("%s in %s", c.descriptionKey(), locale).isNotBlank();
                }
            }
        }
    }

    private int expectedRows(Dataset dataset) {
        return tx.execute(s -> switch (dataset) {
            case COMMITMENTS -> catalog.overview("2017-2019").commitments().size();
            case MILESTONES -> catalog.overview("2017-2019").commitments().stream().mapToInt(c -> c.milestones().size()).sum();
            case ADJUSTMENTS -> ledger.forPlan("2017-2019").values().stream().flatMap(List::stream)
                    .mapToInt(a -> Math.max(1, a.changes().size())).sum();
            case PLANS, RESPONSES, MEETINGS, DOCUMENTS -> throw new IllegalArgumentException();
        });
    }

    private byte[] download(String path, String type) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(type.contains("/") && !type.endsWith("formats")
                        ? type : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return parser.getRecords();
        }
    }

    private static List<Map<String, String>> asMaps(List<CSVRecord> records) {
        return records.stream().map(CSVRecord::toMap).toList();
    }

    private static List<Map<String, String>> xlsx(byte[] body, Dataset dataset) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheet(dataset.id());
            Row header = sheet.getRow(0);
            for (int i = 0; i < dataset.columns().size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(dataset.columns().get(i).name());
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new java.util.HashMap<>();
                for (int i = 0; i < dataset.columns().size(); i++) {
                    var cell = row.getCell(i);
                    String v = cell == null ? "" : switch (cell.getCellType()) {
                        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                        default -> formatter.formatCellValue(cell);
                    };
                    values.put(dataset.columns().get(i).name(), v);
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> json(byte[] body) {
        return JsonMapper.builder().build().readValue(body, new TypeReference<List<Map<String, Object>>>() { });
    }
}
