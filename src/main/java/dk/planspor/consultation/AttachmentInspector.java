package dk.planspor.consultation;

import dk.planspor.consultation.ConsultationException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file is from its content, never its name: tika-core's magic detection tells PDF from
 * everything else; DOCX and ODT are ZIP containers, which tika-core alone cannot tell apart, so their entries are
 * read here ({@code word/document.xml}, or ODT's {@code mimetype} entry). Reading the entries also stops ZIP bombs:
 * more than {@link #MAX_UNPACKED} bytes unpacked, or a compression ratio above {@link #MAX_RATIO}, is refused.
 */
@Component
class AttachmentInspector {

    static final long MAX_SIZE = 10L * 1024 * 1024;
    static final long MAX_UNPACKED = 100L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 2000;
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private final Tika tika = new Tika();

    /** The media type of an accepted file; refuses anything else with a message key the sender understands. */
    String inspect(String filename, byte[] content) {
        if (content.length == 0) {
            throw new ConsultationException(Kind.BAD_UPLOAD, "consultation.upload.empty", filename);
        }
        if (content.length > MAX_SIZE) {
            throw new ConsultationException(Kind.BAD_UPLOAD, "consultation.upload.tooLarge", filename);
        }
        String detected = tika.detect(content);
        if (PDF.equals(detected)) {
            return PDF;
        }
        if (detected.equals("application/zip") || detected.startsWith("application/x-tika-") || detected.equals(DOCX)
                || detected.equals(ODT)) {
            String container = container(filename, content);
            if (container != null) {
                return container;
            }
        }
        throw new ConsultationException(Kind.BAD_UPLOAD, "consultation.upload.type", filename);
    }

    /** DOCX or ODT when the ZIP holds the entries that make one, null otherwise; refuses ZIP bombs. */
    private String container(String filename, byte[] content) {
        boolean word = false;
        boolean types = false;
        String odfType = null;
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb(filename);
                }
                String name = e.getName();
                word |= name.equals("word/document.xml");
                types |= name.equals("[Content_Types].xml");
                boolean mimetype = entries == 1 && name.equals("mimetype");
                StringBuilder head = new StringBuilder();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED || unpacked > (long) MAX_RATIO * content.length + MAX_SIZE / 10) {
                        throw bomb(filename);
                    }
                    if (mimetype && head.length() < 200) {
                        head.append(new String(buffer, 0, Math.min(n, 200), StandardCharsets.US_ASCII));
                    }
                }
                if (mimetype) {
                    odfType = head.toString().strip();
                }
            }
        } catch (IOException ex) {
            return null;
        }
        if (word && types) {
            return DOCX;
        }
        return ODT.equals(odfType) ? ODT : null;
    }

    private static ConsultationException bomb(String filename) {
        return new ConsultationException(Kind.BAD_UPLOAD, "consultation.upload.bomb", filename);
    }
}
