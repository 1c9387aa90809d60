package dk.planspor.importer;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark: parsing seed 004 (the 2017-19 midterm self-assessment, 4,114 lines) once the JVM is
 * warm. Target: at most 0.5 s. Run it with {@code bench/import.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

    private final SelfAssessmentParser parser = new SelfAssessmentParser();
    private String text;

    @Setup
    public void load() {
        text = Seed004.text();
    }

    @Benchmark
    public ImportDocument parseSeed004() throws ImportException {
        return parser.parse(text, Seed004.FILE);
    }

    @Benchmark
    public String renderSeed004() {
        return ImportDocumentRenderer.render(Seed004.document());
    }
}
