package dk.planspor.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/** The text of a filed document, for search: PDFBox for PDFs, UTF-8 for text files. */
@Component
class TextExtraction {

    String extract(byte[] bytes, String mediaType, String fileName) {
        boolean pdf = bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
        if (pdf) {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(doc);
            } catch (IOException e) {
                throw new LibraryRefusal("library.upload.refused.unreadable");
            }
        }
        if ((mediaType != null && mediaType.startsWith("text/")) || (fileName != null && fileName.toLowerCase().endsWith(".txt"))) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw new LibraryRefusal("library.upload.refused.format");
    }
}
