package dk.planspor.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The writers take rows as they come (a stream read once) and XLSX continues on a new sheet at Excel's row limit. */
class TableWriterTest {

    private static Stream<List<Object>> rows(int n, AtomicInteger produced) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> {
            produced.incrementAndGet();
            Object[] row = new Object[Dataset.RESPONSES.columns().size()];
            row[0] = "høring";
            row[1] = "id-" + i;
            return Arrays.asList(row);
        });
    }

    @Test
    void anXlsxLongerThanASheetContinuesOnTheNextSheetWithItsOwnHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.xlsx(new Table(Dataset.RESPONSES, rows(5, new AtomicInteger())), out, 3);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("responses");
            assertThat(book.getSheetName(1)).isEqualTo("responses-2");
            List<String> ids = new ArrayList<>();
            for (Sheet sheet : book) {
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("id");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    ids.add(sheet.getRow(r).getCell(1).getStringCellValue());
                }
            }
            assertThat(ids).containsExactly("id-1", "id-2", "id-3", "id-4", "id-5");
        }
    }

    @Test
    void anEmptyTableIsAHeaderOnlyInEveryFormat() throws Exception {
        for (Format format : Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TableWriter.write(new Table(Dataset.RESPONSES, Stream.empty()), format, out);
            assertThat(out.size()).as(format.name()).isPositive();
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TableWriter.write(new Table(Dataset.RESPONSES, Stream.empty()), Format.CSV, csv);
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("consultation,id,received_at");
    }

    @Test
    void rowsAreReadWhileTheyAreWrittenNotCollectedFirst() throws Exception {
        AtomicInteger produced = new AtomicInteger();
        // An output that records how many rows had been produced when the first bytes of a row arrived.
        List<Integer> producedAtWrite = new ArrayList<>();
        java.io.OutputStream probe = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                producedAtWrite.add(produced.get());
            }

            @Override
            public void write(byte[] b, int off, int len) {
                producedAtWrite.add(produced.get());
            }
        };
        TableWriter.write(new Table(Dataset.RESPONSES, rows(200_000, produced)), Format.CSV, probe);
        assertThat(produced.get()).isEqualTo(200_000);
        assertThat(producedAtWrite.get(0)).as("the first bytes left before all rows were produced").isLessThan(200_000);
    }
}
