package dk.planspor.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Seed 004 (the 2017-19 midterm self-assessment, as text) and its parse, shared by the tests. */
final class Seed004 {

    static final String FILE = "004_270ecd8201d8a2bf.txt";

    private static byte[] bytes;
    private static SelfAssessmentParser.Parsed parsed;

    private Seed004() {
    }

    static synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = resource("/seed/sources/" + FILE);
        }
        return bytes.clone();
    }

    static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    static synchronized SelfAssessmentParser.Parsed parsed() {
        if (parsed == null) {
            try {
                parsed = new SelfAssessmentParser().parseDetailed(text(), FILE);
            } catch (ImportException e) {
                throw new IllegalStateException(e);
            }
        }
        return parsed;
    }

    static ImportDocument document() {
        return parsed().document();
    }

    static byte[] resource(String path) {
        try (InputStream in = Seed004.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
