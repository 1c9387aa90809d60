package dk.planspor.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar planspor.jar import FILE [--dry-run] [--json]} (DESIGN.md §4). Reads a published plan
 * or evaluation; {@code --json} prints the import document to stdout; {@code --dry-run} writes nothing.
 * Without it the document is stored in the same database the app uses. Exit 0 on success, 2 with a
 * one-line reason on stderr for an unreadable or unrecognised file. Never starts the web server.
 * <p>
 * {@code import FILE.csv|FILE.xlsx [--dry-run] [--json] [--member ISO3]} reads OGP's commitments data sheet: the rows
 * of the platform's own member ({@code PLANSPOR_OGP_MEMBER}), or of {@code --member} ({@code --member ALL}: every
 * member's). {@code --dry-run} reports what would change against the database and writes nothing.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Class<?> application) {
        boolean dryRun = false;
        boolean json = false;
        String member = null;
        List<String> files = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--member")) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    err.println("planspor import: --member needs a member's ISO 3166 alpha-3 code, for example --member IRL");
                    return 2;
                }
                member = args[++i];
                continue;
            }
            if (a.startsWith("--member=")) {
                member = a.substring("--member=".length());
                continue;
            }
            rest.add(a);
        }
        for (String a : rest) {
            switch (a) {
                case "--dry-run" -> dryRun = true;
                case "--json" -> json = true;
                default -> {
                    if (a.startsWith("--") && !a.contains("=")) {
                        err.println("planspor import: unknown option " + a + " (usage: import FILE [--dry-run] [--json])");
                        return 2;
                    }
                    if (!a.startsWith("--")) {
                        files.add(a);
                    }
                }
            }
        }
        if (files.size() != 1) {
            err.println("planspor import: give exactly one file (usage: import FILE [--dry-run] [--json])");
            return 2;
        }
        Path file = Path.of(files.get(0));
        String name = file.getFileName().toString();
        if (OgpSheetReader.isSheet(name)) {
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                err.println("planspor import: cannot read " + file);
                return 2;
            }
            // read as a stream inside the import: OGP's whole sheet is tens of megabytes
            return ogpSheet(file, name, member, dryRun, json, rest.toArray(String[]::new), out, err, application);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            err.println("planspor import: cannot read " + file + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return 2;
        }
        if (member != null) {
            err.println("planspor import: --member is for OGP's commitments data sheet (a .csv or .xlsx file)");
            return 2;
        }
        try {
            ImportDocument doc;
            String summary;
            if (dryRun) {
                doc = new SelfAssessmentParser().parse(bytes, DocumentReader.read(bytes, name), name);
                summary = "dry run: " + doc.commitments().size() + " commitments read, nothing written, "
                        + doc.warnings().size() + " warnings";
            } else {
                DocumentImporter.ImportOutcome outcome = store(bytes, name, args, application);
                doc = outcome.document();
                summary = "imported " + name + " into plan " + doc.plan().slug() + ": " + doc.commitments().size()
                        + " commitments (" + outcome.commitmentsCreated() + " new), " + outcome.fieldsChanged()
                        + " fields changed, " + outcome.notesAdded() + " adjustments added, " + doc.warnings().size()
                        + " warnings";
            }
            if (json) {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(doc));
                err.println(summary);
            } else {
                out.println(summary);
                doc.warnings().forEach(w -> out.println("warning: " + w));
            }
            return 0;
        } catch (ImportException e) {
            err.println("planspor import: " + name + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("planspor import: " + name + ": failed: " + rootMessage(e));
            return 1;
        }
    }

    /** Imports (or, dry, previews) OGP's sheet; the summary and each warning on stdout, or the outcome as JSON. */
    private static int ogpSheet(Path file, String name, String member, boolean dryRun, boolean json, String[] args,
            PrintStream out, PrintStream err, Class<?> application) {
        if (member != null && !member.matches("[A-Za-z]{3}")) {
            err.println("planspor import: --member takes an ISO 3166 alpha-3 code such as DNK or IRL, or ALL; not " + member);
            return 2;
        }
        PrintStream stdout = System.out;
        System.setOut(System.err);
        System.setProperty("spring.aot.enabled", "false");
        String[] springArgs = java.util.Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        // the adjustments are written by listeners after the commit: closing waits for them
                        "spring.task.execution.shutdown.await-termination=true",
                        "spring.task.execution.shutdown.await-termination-period=10m")
                .run(springArgs)) {
            OgpSheetImporter importer = context.getBean(OgpSheetImporter.class);
            String author = "kommandolinje (" + System.getProperty("user.name") + ")";
            long started = System.nanoTime();
            OgpSheetImporter.Outcome outcome = dryRun ? importer.preview(file, member, author)
                    : importer.load(file, member, author);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.setOut(stdout);
            if (json) {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(outcome));
                err.println(outcome.summary());
            } else {
                out.println(outcome.summary() + " (" + millis + " ms)");
                outcome.warnings().forEach(w -> out.println("warning: " + w));
            }
            return 0;
        } catch (ImportException e) {
            err.println("planspor import: " + name + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("planspor import: " + name + ": failed: " + rootMessage(e));
            return 1;
        } finally {
            System.setOut(stdout);
        }
    }

    /** Starts the application without a web server, on the same database as the app, and stores the document. */
    private static DocumentImporter.ImportOutcome store(byte[] bytes, String name, String[] args, Class<?> application)
            throws ImportException {
        PrintStream stdout = System.out;
        System.setOut(System.err); // keep stdout for the JSON document; logs go to stderr
        // the ahead-of-time bean definitions are those of the web application: a command starts without them
        System.setProperty("spring.aot.enabled", "false");
        String[] springArgs = java.util.Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "spring.task.execution.shutdown.await-termination=true",
                        "spring.task.execution.shutdown.await-termination-period=10m")
                .run(springArgs)) {
            return context.getBean(DocumentImporter.class).load(bytes, name, "kommandolinje (" + System.getProperty("user.name") + ")");
        } finally {
            System.setOut(stdout);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
