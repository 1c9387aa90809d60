package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line: {@code import FILE [--dry-run] [--json]}, exit codes and one-line reasons. */
class ImportCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dk.planspor.PlansporApplication.class);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path seed() throws Exception {
        Path file = dir.resolve("004_270ecd8201d8a2bf.txt");
        Files.write(file, DocumentImporterTest.seed());
        return file;
    }

    @Test
    void dryRunJsonPrintsTheImportDocumentAndWritesNothing() throws Exception {
        Path data = dir.resolve("data-never-created");
        Run r = run(seed().toString(), "--dry-run", "--json", "--planspor.data-dir=" + data);
        assertThat(r.exit()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.path("source").path("kind").asString()).isEqualTo("MIDTERM_SELF_ASSESSMENT");
        assertThat(doc.path("plan").path("slug").asString()).isEqualTo("2017-2019");
        assertThat(doc.path("commitments")).hasSize(14);
        assertThat(doc.path("commitments").get(0).path("milestones").get(0).path("startInterval").path("from").asString())
                .isEqualTo("2017-08-01");
        assertThat(r.err()).contains("dry run");
        assertThat(data).doesNotExist();
    }

    @Test
    void badFilesExitWithTwoAndOneLineOnStderr() throws Exception {
        Path empty = Files.write(dir.resolve("tom.txt"), new byte[0]);
        Path garbage = Files.write(dir.resolve("støj.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 8, 9});
        Path recipe = Files.writeString(dir.resolve("kage.txt"), "Æblekage\n\n200 g smør\n3 æbler\n");
        Path pdf = dir.resolve("scan.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        for (Path bad : new Path[] {empty, garbage, recipe, pdf, dir.resolve("findes-ikke.txt")}) {
            Run r = run(bad.toString(), "--dry-run");
            assertThat(r.exit()).as(bad.getFileName().toString()).isEqualTo(2);
            assertThat(r.err().strip()).as(bad.getFileName().toString()).doesNotContain("\n").doesNotContain("Exception")
                    .startsWith("planspor import:");
            assertThat(r.out()).isEmpty();
        }
        assertThat(run("--dry-run").exit()).isEqualTo(2);
        assertThat(run(recipe.toString(), "--bogus").exit()).isEqualTo(2);
    }

    @Test
    void importWritesIntoTheDatabaseTheAppUses() throws Exception {
        Path data = Path.of("target/test-db/cli-" + UUID.randomUUID());
        Run first = run(seed().toString(), "--planspor.data-dir=" + data, "--planspor.import-bundled-seed=false");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 004_270ecd8201d8a2bf.txt into plan 2017-2019", "14 commitments",
                "13 adjustments added");
        assertThat(data.resolve("postgres/PG_VERSION")).exists();
        Run again = run(seed().toString(), "--planspor.data-dir=" + data, "--planspor.import-bundled-seed=false");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 fields changed", "0 adjustments added");
    }
}
