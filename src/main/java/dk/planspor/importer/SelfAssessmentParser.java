package dk.planspor.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dk.planspor.importer.ImportDocument.Commitment;
import dk.planspor.importer.ImportDocument.SkippedLine;

/**
 * Reads the text of an OGP action plan or self-assessment (Danish or English template) into an
 * {@link ImportDocument}. Pure Java, no state between calls; safe to share.
 * <p>
 * The work is split by concern: {@link PageNoise} marks link artifacts and footnotes,
 * {@link AdjustmentsReader} reads section "Justeringer af initiativer", {@link CommitmentLayout} finds
 * where each commitment starts and which "Initiativ N.N" heading (often a page header printed one page
 * early) names it, and {@link CommitmentReader} reads each commitment's fields. What is left before and
 * after the commitments is the document's narrative.
 */
public final class SelfAssessmentParser {

    /** Larger texts are refused: an action plan is a few hundred kilobytes of text. */
    static final int MAX_CHARS = 5_000_000;

    public ImportDocument parse(String text, String fileName) throws ImportException {
        return parse(text == null ? null : text.getBytes(StandardCharsets.UTF_8), text, fileName);
    }

    /** Like {@link #parse(String, String)}, with the sha256 taken of the original file bytes. */
    public ImportDocument parse(byte[] original, String text, String fileName) throws ImportException {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
        if (text == null || text.isBlank()) {
            throw new ImportException(name + " contains no text.");
        }
        if (text.length() > MAX_CHARS) {
            throw new ImportException(name + " is too large to be an action plan (" + text.length() + " characters).");
        }
        try {
            return read(original == null ? text.getBytes(StandardCharsets.UTF_8) : original, text, name, fileName)
                    .document();
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException(name + " could not be read: " + DocumentReader.oneLine(e), e);
        }
    }

    private Parsed read(byte[] original, String text, String name, String fileName) throws ImportException {
        SourceText src = new SourceText(text);
        PageNoise.mark(src);
        Hyphenation hyphenation = new Hyphenation(src.text);
        CommitmentLayout layout = new CommitmentLayout(src);
        if (layout.anchors().isEmpty()) {
            throw new ImportException(name + " is not an OGP action plan or self-assessment: no commitment laid out "
                    + "in the OGP template (a lead agency followed by the template's questions) was found.");
        }
        AdjustmentsReader adjustments = new AdjustmentsReader(src, hyphenation);
        adjustments.read(0, layout.anchors().get(0));
        layout.resolve(adjustments.titles());

        List<Commitment> commitments = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int daLabels = 0;
        int enLabels = 0;
        boolean completionRows = false;
        for (CommitmentLayout.Block block : layout.blocks()) {
            CommitmentReader reader = new CommitmentReader(src, hyphenation, block.number(), block.title());
            commitments.add(reader.read(block.from(), block.to(), block.periodLine()));
            completionRows |= reader.hasCompletionRow();
            if ("da".equals(reader.language())) {
                daLabels++;
            } else if ("en".equals(reader.language())) {
                enLabels++;
            }
            if (block.number() == null) {
                warnings.add("line " + (block.from() + 1) + ": a commitment without an 'Initiativ N.N' heading");
            }
        }
        List<SkippedLine> skipped = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            if (src.blank(i)) {
                continue;
            }
            if (src.free(i)) {
                src.skip(i, SourceText.NARRATIVE);
            }
            if (src.skipped(i)) {
                String reason = src.owner[i].substring(5);
                skipped.add(new SkippedLine(i + 1, src.text[i], reason));
                if (SourceText.NOT_UNDERSTOOD.equals(reason)) {
                    warnings.add("line " + (i + 1) + ": not understood: '" + src.text[i] + "'");
                }
            }
        }
        String language = daLabels >= enLabels ? "da" : "en";
        String kind = DocumentFacts.kind(text, completionRows);
        ImportDocument.Source source = new ImportDocument.Source(fileName, sha256(original), kind, language);
        return new Parsed(new ImportDocument(source, new ImportDocument.PlanRef(DocumentFacts.planSlug(text)),
                List.copyOf(commitments), adjustments.groups(), List.copyOf(warnings), List.copyOf(skipped)), src);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** A parse together with its line accounting, for tests: what each source line went into. */
    record Parsed(ImportDocument document, SourceText source) {
    }

    Parsed parseDetailed(String text, String fileName) throws ImportException {
        String name = fileName == null ? "the file" : fileName;
        return read(text.getBytes(StandardCharsets.UTF_8), text, name, fileName);
    }
}
