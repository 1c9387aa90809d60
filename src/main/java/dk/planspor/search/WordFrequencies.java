package dk.planspor.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many entries of the search index a query's words would match, from the most common lexemes and their
 * frequencies that ANALYZE keeps per tsvector column ({@code pg_stats.most_common_elems}); words it does not list
 * are rare. Read at most every ten minutes: ANALYZE (autovacuum) changes them rarely, and reading them costs
 * milliseconds.
 */
final class WordFrequencies {

    private static final long MAX_AGE_MS = 10 * 60 * 1000;

    /** The lexeme frequencies of the danish (0) and english (1) tsvectors and the table's rows. */
    private record Statistics(List<Map<String, Double>> frequencies, double rows, long readAt) {
    }

    private final JdbcClient jdbc;
    private volatile Statistics statistics;

    WordFrequencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The estimated matches of lexemes that are all required (taken as independent), in whichever language gives
     * more.
     */
    double estimatedMatches(List<String> danishLexemes, List<String> englishLexemes) {
        Statistics s = statistics();
        return Math.max(product(s.frequencies().get(0), danishLexemes), product(s.frequencies().get(1), englishLexemes))
                * s.rows();
    }

    private static double product(Map<String, Double> frequencies, List<String> lexemes) {
        double f = 1;
        for (String lexeme : lexemes) {
            f *= frequencies.getOrDefault(lexeme, 0.0);
        }
        return f;
    }

    /** Read them again at the next search (a change was committed: ANALYZE may follow it). */
    void forget() {
        statistics = null;
    }

    private Statistics statistics() {
        Statistics s = statistics;
        if (s != null && System.currentTimeMillis() - s.readAt() < MAX_AGE_MS) {
            return s;
        }
        List<Map<String, Double>> frequencies = List.of(new HashMap<>(), new HashMap<>());
        jdbc.sql("""
                SELECT CASE st.attname WHEN 'tsv_da' THEN 0 ELSE 1 END AS col, x.lexeme, x.freq
                FROM pg_stats st, unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) x(lexeme, freq)
                WHERE st.schemaname = current_schema() AND st.tablename = 'search_entry'
                  AND st.attname IN ('tsv_da', 'tsv_en') AND x.lexeme IS NOT NULL
                """).query(rs -> {
                    frequencies.get(rs.getInt("col")).put(rs.getString("lexeme"), rs.getDouble("freq"));
                });
        double rows = jdbc.sql("SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'search_entry'::regclass")
                .query(Double.class).single();
        s = new Statistics(frequencies, rows, System.currentTimeMillis());
        statistics = s;
        return s;
    }
}
