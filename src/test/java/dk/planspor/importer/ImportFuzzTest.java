package dk.planspor.importer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dk.planspor.plans.FuzzyDate;
import dk.planspor.plans.UnreadableDateException;

/**
 * Fuzz tests (Jazzer). Under {@code ./mvnw verify} they run in regression mode: each input of the seed
 * corpus in {@code src/test/resources/dk/planspor/importer/ImportFuzzTestInputs/<method>/} (and an empty
 * input) is run once, which takes seconds. To fuzz for real, one test at a time, for at most
 * {@code maxDuration}:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw test -Dtest='ImportFuzzTest#readAndParse' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Findings are written next to the corpus as crash files and then replayed by every regression run.
 */
class ImportFuzzTest {

    private final SelfAssessmentParser parser = new SelfAssessmentParser();

    /** Any bytes: nothing but ImportException may leave the reader and the parser. */
    @FuzzTest(maxDuration = "20s")
    void readAndParse(byte[] bytes) {
        try {
            String text = DocumentReader.read(bytes, "fuzz.bin");
            parser.parse(bytes, text, "fuzz.bin");
        } catch (ImportException expected) {
            // the one exception the importer may throw
        }
    }

    /** Any text, including mutations of the seed's layout: nothing but ImportException may leave the parser. */
    @FuzzTest(maxDuration = "20s")
    void parseText(FuzzedDataProvider data) {
        try {
            parser.parse(data.consumeRemainingAsString(), "fuzz.txt");
        } catch (ImportException expected) {
            // the one exception the importer may throw
        }
    }

    /** FuzzyDate: tryParse never throws, parse throws nothing but UnreadableDateException. */
    @FuzzTest(maxDuration = "20s")
    void fuzzyDate(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        FuzzyDate.tryParse(text);
        try {
            FuzzyDate date = FuzzyDate.parse(text);
            if (date.from() != null && date.to() != null && date.to().isBefore(date.from())) {
                throw new AssertionError("interval ends before it starts: " + date);
            }
        } catch (UnreadableDateException expected) {
            // an unreadable date
        }
    }

    /** Any bytes as OGP's sheet (CSV, or XLSX when they start like a zip): nothing but ImportException may leave. */
    @FuzzTest(maxDuration = "20s")
    void ogpSheet(byte[] bytes) {
        try {
            OgpSheetReader.Sheet sheet = OgpSheetReader.read(bytes, "fuzz.csv", OgpSheetReader.ALL_MEMBERS);
            if (sheet.rows().size() > sheet.rowsRead()) {
                throw new AssertionError("more rows taken than read");
            }
        } catch (ImportException expected) {
            // not OGP's sheet, or not readable
        }
    }

    /** Any text as OGP's "Full Text": the split never throws; a text without two headings stays whole. */
    @FuzzTest(maxDuration = "20s")
    void ogpFullText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        OgpFullText.Split split = OgpFullText.split(text);
        if (split.fields().size() == 1 && split.milestones().isEmpty() && !text.isBlank()
                && split.fields().containsKey(dk.planspor.plans.OgpTemplate.DESCRIPTION)
                && !split.fields().get(dk.planspor.plans.OgpTemplate.DESCRIPTION).isBlank()
                && text.strip().length() < split.fields().get(dk.planspor.plans.OgpTemplate.DESCRIPTION).length()) {
            throw new AssertionError("the description is longer than the text");
        }
    }
}
