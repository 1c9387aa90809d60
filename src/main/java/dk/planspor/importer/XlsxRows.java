package dk.planspor.importer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file row by row with POI's streaming (SAX) reader, so a sheet of many thousand
 * rows never sits in memory as a workbook. The first row holds the headers; each further row is handed over as
 * header → cell text, with {@code #row} its row number.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(byte[] bytes, Consumer<Map<String, String>> each) throws ImportException {
        read(new ByteArrayInputStream(bytes), each);
    }

    static void read(InputStream in, Consumer<Map<String, String>> each) throws ImportException {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException("the XLSX file has no sheet");
            }
            Handler handler = new Handler(each);
            try (InputStream sheet = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
            if (handler.failure != null) {
                throw handler.failure;
            }
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof ImportException header) {
                throw header;
            }
            throw new ImportException("not a readable XLSX file: " + e.getMessage(), e);
        }
    }

    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<Map<String, String>> each;
        private final List<String> headers = new ArrayList<>();
        private Map<String, String> current;
        private int rowNumber;
        private ImportException failure;

        Handler(Consumer<Map<String, String>> each) {
            this.each = each;
        }

        @Override
        public void startRow(int row) {
            rowNumber = row + 1;
            current = new HashMap<>();
        }

        @Override
        public void endRow(int row) {
            if (rowNumber == 1) {
                try {
                    OgpSheetReader.checkHeaders(headers);
                } catch (ImportException e) {
                    failure = e;
                    throw new IllegalStateException(e);
                }
                return;
            }
            if (failure == null && !current.isEmpty()) {
                current.put("#row", String.valueOf(rowNumber));
                each.accept(current);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = new CellReference(reference).getCol();
            if (rowNumber == 1) {
                while (headers.size() < col) {
                    headers.add("");
                }
                headers.add(value == null ? "" : value.strip());
                return;
            }
            if (col < headers.size()) {
                current.putIfAbsent(headers.get(col), value);
            }
        }
    }
}
