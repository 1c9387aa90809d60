package dk.planspor.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Table} as CSV (Apache Commons CSV, RFC 4180, UTF-8, header row), XLSX (Apache POI,
 * streaming, one sheet with a header row) or JSON (an array of objects keyed by field name). Dates and
 * times are ISO 8601 text in every format, so a consumer reads the same value whichever format it picks.
 */
public final class TableWriter {

    /** Excel's limit for one cell; longer texts are cut in XLSX only (CSV and JSON carry the whole text). */
    static final int XLSX_CELL_LIMIT = 32_767;

    /** Excel's limit of rows in one sheet, the header row included. */
    static final int XLSX_ROW_LIMIT = 1_048_576;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TableWriter() {
    }

    public static void write(Table table, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(table, out);
            case XLSX -> xlsx(table, out);
            case JSON -> json(table, out);
        }
    }

    static void csv(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(table.columns().stream().map(Dataset.Column::name).toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(new java.io.BufferedWriter(w, 64 * 1024), format);
        for (List<Object> row : table.each()) {
            printer.printRecord(row.stream().map(TableWriter::text).toList());
        }
        printer.flush();
    }

    static void xlsx(Table table, OutputStream out) throws IOException {
        xlsx(table, out, XLSX_ROW_LIMIT);
    }

    /** XLSX with at most {@code rowLimit} rows per sheet (header included). */
    static void xlsx(Table table, OutputStream out, int rowLimit) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        book.setCompressTempFiles(true);
        try {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet sheet = null;
            int r = 0;
            int sheets = 0;
            for (List<Object> values : table.each()) {
                if (sheet == null || r == rowLimit) {
                    // A sheet holds at most 1,048,576 rows; a larger export continues on the next sheet.
                    sheet = sheet(book, table, bold, ++sheets);
                    r = 1;
                }
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        String s = text(v);
                        cell.setCellValue(s.length() > XLSX_CELL_LIMIT ? s.substring(0, XLSX_CELL_LIMIT) : s);
                    }
                }
            }
            if (sheet == null) {
                sheet(book, table, bold, 1);
            }
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    private static SXSSFSheet sheet(SXSSFWorkbook book, Table table, CellStyle bold, int number) {
        SXSSFSheet sheet = book.createSheet(table.name() + (number == 1 ? "" : "-" + number));
        Row header = sheet.createRow(0);
        List<Dataset.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    static void json(Table table, OutputStream out) throws IOException {
        List<Dataset.Column> columns = table.columns();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (List<Object> row : table.each()) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeName(columns.get(i).name());
                    Object v = row.get(i);
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Integer n) {
                        g.writeNumber(n);
                    } else if (v instanceof Long n) {
                        g.writeNumber(n);
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(text(v));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i.toString();
        }
        if (v instanceof Temporal t) {
            return t.toString();
        }
        return v.toString();
    }
}
