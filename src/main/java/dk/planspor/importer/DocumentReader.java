package dk.planspor.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Turns the bytes of an uploaded plan or self-assessment into text: a PDF through PDFBox, anything else
 * as UTF-8 text (or windows-1252 when it is not UTF-8 but clearly text). Everything that goes wrong
 * becomes an {@link ImportException} with a one-line reason; no other exception leaves this class.
 */
public final class DocumentReader {

    /** Beyond this many pages we stop extracting: no action plan is that long, and it bounds the work. */
    static final int MAX_PAGES = 400;

    /** Texts shorter than this (letters only) are treated as "no text layer". */
    private static final int MIN_LETTERS = 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DocumentReader() {
    }

    public static String read(byte[] bytes, String fileName) throws ImportException {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
        if (bytes == null || bytes.length == 0) {
            throw new ImportException(name + " is empty.");
        }
        try {
            return isPdf(bytes) ? readPdf(bytes, name) : readText(bytes, name);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox (and decoders) may fail in many ways on hostile input; the user gets one line.
            throw new ImportException(name + " could not be read: " + oneLine(e), e);
        }
    }

    static boolean isPdf(byte[] bytes) {
        // The header may be preceded by a few bytes of junk (PDF readers accept up to 1 KiB).
        int limit = Math.min(bytes.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') {
                return true;
            }
        }
        return false;
    }

    private static String readPdf(byte[] bytes, String name) throws ImportException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(name + " is a protected PDF whose text may not be extracted.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setEndPage(MAX_PAGES);
            String text = stripper.getText(document);
            if (countLetters(text) < MIN_LETTERS) {
                throw new ImportException(name + " is a PDF without a text layer (a scan?); "
                        + "run it through OCR first.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ImportException(name + " is a password-protected PDF; save it without a password first.", e);
        } catch (IOException e) {
            throw new ImportException(name + " is not a readable PDF: " + oneLine(e), e);
        }
    }

    private static String readText(byte[] bytes, String name) throws ImportException {
        String text;
        try {
            text = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            if (!looksLikeSingleByteText(bytes)) {
                throw new ImportException(name + " is neither a PDF nor a text file (binary content).");
            }
            try {
                text = decode(bytes, WINDOWS_1252);
            } catch (CharacterCodingException e2) {
                throw new ImportException(name + " is neither a PDF nor a text file (binary content).");
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (controlShare(text) > 0.01) {
            throw new ImportException(name + " is neither a PDF nor a text file (binary content).");
        }
        if (text.isBlank()) {
            throw new ImportException(name + " contains no text.");
        }
        return text;
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Few control bytes and NULs, and mostly printable bytes: plausible windows-1252 text. */
    private static boolean looksLikeSingleByteText(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        return control <= bytes.length / 100;
    }

    /** Share of characters that are control characters other than ordinary whitespace. */
    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / text.length();
    }

    private static int countLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
