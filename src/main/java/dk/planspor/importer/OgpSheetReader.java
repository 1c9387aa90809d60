package dk.planspor.importer;

import dk.planspor.plans.CommitmentContent;
import dk.planspor.plans.IrmIndicator;
import dk.planspor.plans.OgpSheetRow;
import dk.planspor.plans.OgpTemplate;
import dk.planspor.plans.OgpValue;
import dk.planspor.plans.PolicyArea;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OGP's commitments data sheet (CSV or XLSX, OGP's headers; columns are found by header, so a sheet with
 * fewer or reordered columns reads too) into {@link OgpSheetRow}s of one member. Every problem of a row (a missing
 * ID, an unknown code, a date that cannot be read) is a warning naming the row and the column; the row is still
 * taken where it can be, the bad value left out. Only a file that is not OGP's sheet at all is an error.
 */
final class OgpSheetReader {

    /** {@code --member all}: every member's rows. */
    static final String ALL_MEMBERS = "ALL";

    static final String ID = "Commitment Unique Identifier";
    static final String CODE = "Code";
    private static final Set<String> NOT_STATED = Set.of("", "NA", "N/A", IrmIndicator.NO_DATA, IrmIndicator.NOT_REVIEWED);
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}|\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** What was read: the member's rows, the warnings, and how many rows were another member's. */
    record Sheet(List<OgpSheetRow> rows, List<String> warnings, int rowsRead, int otherMembers, Set<String> members) {
    }

    private OgpSheetReader() {
    }

    /** True when the bytes look like a sheet (CSV or XLSX) rather than a plan document. */
    static boolean isSheet(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    /** Opens the file's content again, from its start (the file on disk, or the bytes of an upload). */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;

        static Source of(byte[] bytes) {
            return () -> new ByteArrayInputStream(bytes);
        }

        static Source of(java.nio.file.Path file) {
            return () -> new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16);
        }
    }

    static Sheet read(byte[] bytes, String fileName, String member) throws ImportException {
        return read(Source.of(bytes), fileName, member);
    }

    /** Reads the sheet as a stream: a file of tens of megabytes is never held in memory as a whole. */
    static Sheet read(Source source, String fileName, String member) throws ImportException {
        String wanted = member == null ? ALL_MEMBERS : member.strip().toUpperCase(Locale.ROOT);
        List<OgpSheetRow> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int[] counts = new int[2];
        Set<String> members = new TreeSet<>();
        Consumer<Map<String, String>> each = record -> {
            counts[0]++;
            String code = record.getOrDefault(CODE, "").strip().toUpperCase(Locale.ROOT);
            members.add(code);
            if (!ALL_MEMBERS.equals(wanted) && !wanted.equals(code)) {
                counts[1]++;
                return;
            }
            int row = Integer.parseInt(record.get("#row"));
            OgpSheetRow parsed = new RowReader(row, record, warnings).read();
            if (parsed != null) {
                rows.add(parsed);
            }
        };
        byte[] start = new byte[3];
        int n;
        try (InputStream in = source.open()) {
            n = in.readNBytes(start, 0, 3);
        } catch (IOException e) {
            throw new ImportException("the file cannot be read: " + e.getMessage(), e);
        }
        boolean xlsx = n > 1 && start[0] == 'P' && start[1] == 'K';
        boolean bom = n == 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF;
        if (xlsx) {
            try (InputStream in = source.open()) {
                XlsxRows.read(in, each);
            } catch (IOException e) {
                throw new ImportException("the file cannot be read: " + e.getMessage(), e);
            }
        } else {
            csv(source, bom, each);
        }
        return new Sheet(rows, warnings, counts[0], counts[1], members);
    }

    private static void csv(Source source, boolean bom, Consumer<Map<String, String>> each) throws ImportException {
        try (InputStream in = source.open();
                Reader reader = new InputStreamReader(skip(in, bom ? 3 : 0), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get().parse(reader)) {
            List<String> headers = parser.getHeaderNames();
            checkHeaders(headers);
            int line = 1;
            for (CSVRecord r : parser) {
                line++;
                Map<String, String> record = new HashMap<>();
                for (int i = 0; i < headers.size() && i < r.size(); i++) {
                    record.putIfAbsent(headers.get(i), r.get(i));
                }
                record.put("#row", String.valueOf(line));
                each.accept(record);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportException("not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private static InputStream skip(InputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
        return in;
    }

    static void checkHeaders(List<String> headers) throws ImportException {
        if (!headers.contains(ID) || !headers.contains(CODE)) {
            throw new ImportException("not OGP's commitments data sheet: the columns '" + ID + "' and '" + CODE
                    + "' are missing");
        }
    }

    /** Reads one row, adding its warnings. */
    private static final class RowReader {
        private final int row;
        private final Map<String, String> r;
        private final List<String> warnings;
        private final String label;

        RowReader(int row, Map<String, String> record, List<String> warnings) {
            this.row = row;
            this.r = record;
            this.warnings = warnings;
            String id = stated(ID);
            this.label = "row " + row + (id == null ? "" : " (" + id + ")");
        }

        OgpSheetRow read() {
            String id = stated(ID);
            String number = number(stated("Commitment Number"));
            if (number != null && (number.length() > 10 || !(Character.isDigit(number.charAt(0))
                    || number.matches("\\p{L}[\\p{L}\\d._-]*")))) {
                warn("the commitment number '" + number + "' is not a number such as 1.1, 3, 3b or D4: skipped");
                return null;
            }
            if (id == null) {
                warn("no OGP commitment ID (column '" + ID + "')" + (number == null ? "; no commitment number either: skipped"
                        : "; matched by plan and commitment number"));
                if (number == null) {
                    return null;
                }
            } else if (!id.matches("[A-Za-z]{2,4}\\d{1,6}")) {
                warn("the OGP commitment ID '" + id + "' is not an ID like DK0054: skipped");
                return null;
            }
            String title = first(stated("Commitment Title"), stated("Short Title"));
            OgpFullText.Split text = OgpFullText.split(stated("Full Text"));
            String start = date("Start Date");
            String end = date("End Date");
            // "start – end"; an open end stays open ("August 2014 –"), as a printed period does
            String period = start == null && end == null ? null : start == null ? end
                    : end == null ? start + " –" : start + " – " + end;
            String supporting = stated("Supporting Institution(s)");
            CommitmentContent content = new CommitmentContent(number, title, period, stated("Lead Institution"),
                    text.get(OgpTemplate.PROBLEM), text.get(OgpTemplate.DESCRIPTION), text.get(OgpTemplate.CONTRIBUTION),
                    text.get(OgpTemplate.RELEVANCE), text.get(OgpTemplate.ADDITIONAL_INFORMATION), null, null, null, null,
                    text.milestones(), null, supporting, null);
            return new OgpSheetRow(row, stated(CODE) == null ? null : stated(CODE).toUpperCase(Locale.ROOT), id == null ? null : id.toUpperCase(Locale.ROOT), stated("Action Plan ID"),
                    integer("Action Plan Number"), year("Year Of Submission"), year("Action Plan End Year"),
                    stated("Country/Locality"), stated("Theme"), content, policyAreas(), values(), findings(),
                    year("Report Publication Year (Progress Report)"), year("Report Publication Year (End Of Term)"));
        }

        /** A spreadsheet's 2.2999999999999998 is OGP's 2.3. */
        private static String number(String n) {
            if (n != null && n.matches("\\d{1,3}\\.\\d{8,}")) {
                return new java.math.BigDecimal(n).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            }
            return n;
        }

        private Set<String> policyAreas() {
            Set<String> areas = new LinkedHashSet<>();
            boolean any = false;
            for (PolicyArea area : PolicyArea.all()) {
                String v = r.get(area.sheetHeader());
                if (v == null) {
                    continue;
                }
                any = true;
                String s = v.strip();
                if (s.equals("1")) {
                    areas.add(area.code());
                } else if (!s.equals("0") && !NOT_STATED.contains(s)) {
                    warn("unknown code '" + s + "' in column '" + area.sheetHeader() + "' (1 or 0): left out");
                }
            }
            return any ? areas : null;
        }

        private Set<OgpValue> values() {
            Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
            int stated = 0;
            for (OgpValue v : OgpValue.values()) {
                String s = r.get(v.sheetColumn());
                if (s == null || NOT_STATED.contains(s.strip())) {
                    continue;
                }
                if (s.strip().equals("1")) {
                    values.add(v);
                    stated++;
                } else if (s.strip().equals("0")) {
                    stated++;
                } else {
                    warn("unknown code '" + s.strip() + "' in column '" + v.sheetColumn() + "' (1 or 0): left out");
                }
            }
            return stated == 0 ? null : values;
        }

        private Map<IrmIndicator, String> findings() {
            Map<IrmIndicator, String> findings = new EnumMap<>(IrmIndicator.class);
            for (IrmIndicator indicator : IrmIndicator.values()) {
                String v = r.get(indicator.sheetColumn());
                if (v == null || v.isBlank()) {
                    continue;
                }
                indicator.canonical(v).ifPresentOrElse(c -> findings.put(indicator, c),
                        () -> warn("unknown code '" + v.strip() + "' in column '" + indicator.sheetColumn() + "': left out"));
            }
            return findings;
        }

        /** A date as FuzzyDate reads it: OGP's M/D/YYYY becomes ISO; anything else must read as a date. */
        private String date(String column) {
            String v = stated(column);
            if (v == null) {
                return null;
            }
            Matcher m = US_DATE.matcher(v);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                y = m.group(3).length() == 2 ? 2000 + y : y;
                try {
                    if (a > 12 && b <= 12) {
                        // some members wrote day/month/year; unambiguous when the first part cannot be a month
                        warn("the date '" + v + "' in column '" + column + "' is read as day/month/year");
                        return LocalDate.of(y, b, a).toString();
                    }
                    return LocalDate.of(y, a, b).toString();
                } catch (DateTimeException e) {
                    warn("the date '" + v + "' in column '" + column + "' cannot be read (OGP writes month/day/year): left out");
                    return null;
                }
            }
            if (dk.planspor.plans.FuzzyDate.tryParse(v).filter(d -> d.hasInterval()).isEmpty()) {
                warn("the date '" + v + "' in column '" + column + "' cannot be read: left out");
                return null;
            }
            return v;
        }

        private Integer year(String column) {
            String v = stated(column);
            if (v == null) {
                return null;
            }
            if (!YEAR.matcher(v).matches()) {
                warn("the year '" + v + "' in column '" + column + "' cannot be read: left out");
                return null;
            }
            return Integer.parseInt(v);
        }

        private Integer integer(String column) {
            String v = stated(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                warn("the number '" + v + "' in column '" + column + "' cannot be read: left out");
                return null;
            }
        }

        private String stated(String column) {
            String v = r.get(column);
            if (v == null) {
                return null;
            }
            String s = v.strip();
            return NOT_STATED.contains(s) ? null : s;
        }

        private void warn(String message) {
            warnings.add(label + ": " + message);
        }

        private static String first(String a, String b) {
            return a != null ? a : b;
        }
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
