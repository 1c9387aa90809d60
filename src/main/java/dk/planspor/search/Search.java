package dk.planspor.search;

import dk.planspor.platform.Lang;
import dk.planspor.search.SearchResults.FacetValue;
import dk.planspor.search.SearchResults.Hit;
import dk.planspor.search.SearchResults.Ranking;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The search module's facade. Matches with {@code websearch_to_tsquery} in both the danish and english configurations
 * (the page language weighs more), ranks with {@code ts_rank} without length normalisation (a commitment that is about
 * the words outranks a short milestone that merely mentions them), cuts snippets with {@code ts_headline} for the page
 * of hits only, and counts the facets over the matches it found.
 * <p>
 * The record (commitments, milestones, consultations, documents, news, meetings) and the consultation responses are
 * searched apart, each with a bounded cost: up to {@link #COUNT_CAP} + 1 matches of each are read and counted, and
 * the first {@link #CANDIDATES} of each are ranked. Responses can number in the millions: a word that many of them
 * contain (estimated from the column statistics PostgreSQL keeps of the most common lexemes) is looked for in the
 * newest {@link #RESPONSE_WINDOW} responses only, walking a date index, which stops early; a rarer word uses the
 * responses' GIN index, whose cost grows with the number of matches. The results say which was done
 * ({@link Ranking}).
 */
@Service
public class Search {

    /** Snippet markers that cannot occur in text; replaced by {@code <mark>} after HTML-escaping the snippet. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ",StopSel=" + STOP
            + ",MaxWords=30,MinWords=12,MaxFragments=2,FragmentDelimiter=\" … \"";

    /**
     * ts_headline parses the whole text it is given (~40 ms for a 100 kB document, ~1 ms for a commitment), so it gets
     * a window of {@value #SNIPPET_WINDOW} characters around the first place where a word of the query occurs (a
     * stem is the beginning of its word forms: "borg" in "borgere"), or the beginning when none is found that way.
     */
    static final int SNIPPET_WINDOW = 700;
    private static final String TEXT_DA = "concat_ws(' · ', nullif(e.body_da, ''), nullif(e.context_da, ''), e.title_da)";
    private static final String TEXT_EN = "concat_ws(' · ', nullif(e.body_en, ''), nullif(e.context_en, ''), e.title_en)";
    private static final String HEADLINE = "ts_headline('%1$s', substr(t.%2$s, greatest(coalesce((SELECT min(nullif(strpos(lower(t.%2$s), l[1]), 0)) "
            + "FROM regexp_matches(q.q%2$s::text, '''([^'']+)''', 'g') l), 1) - 200, 1), " + SNIPPET_WINDOW + "), q.q%2$s, :opts)";
    private static final String HEADLINE_DA = HEADLINE.formatted("danish", "da");
    private static final String HEADLINE_EN = HEADLINE.formatted("english", "en");
    private static final String WITH_Q = "WITH q0 AS (SELECT websearch_to_tsquery('danish', :q) AS qda, websearch_to_tsquery('english', :q) AS qen), "
            // the query with its phrases loosened to "all these words", which the GIN index answers without a recheck
            + "q AS (SELECT qda, qen, regexp_replace(qda::text, '<[0-9-]+>', '&', 'g')::tsquery AS ada, "
            + "regexp_replace(qen::text, '<[0-9-]+>', '&', 'g')::tsquery AS aen FROM q0) ";
    private static final String MATCH = "(e.tsv_da @@ q.qda OR e.tsv_en @@ q.qen)";
    /** What counting, the facets and the ranking read of a match (not the texts). */
    private static final String COLUMNS = "e.id, e.kind, e.plan_slug, e.agency, e.completion, e.year, e.tsv_da, e.tsv_en";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** Matches ranked per part (record / responses). */
    static final int CANDIDATES = 500;
    /** Matches counted per part for the total and the facets; beyond it the total reads "more than". */
    public static final int COUNT_CAP = 1_000;
    /** How many of the newest responses a frequent word is looked for in. */
    public static final int RESPONSE_WINDOW = 5_000;
    /** Estimated response matches from which the newest-first walk beats the GIN index (measured, see notes/issue-8-search.md). */
    static final double WALK_FROM_MATCHES = 20_000;
    /** {@link #WALK_FROM_MATCHES}, changeable so that tests can take the walk on a small database. */
    private volatile double walkFromMatches = WALK_FROM_MATCHES;
    /** A walk that finds fewer matches than this in the window (the estimate was wrong) falls back to the GIN index. */
    static final int WALK_MIN_FOUND = 50;
    /**
     * A phrase ("open data", or a hyphenated word) needs every candidate's positions checked, which is slow for long
     * texts: the candidates for a phrase (the things with all its words) are checked up to this many, in the record
     * and, when the responses are searched through their index, in the responses.
     */
    static final int PHRASE_CANDIDATES = 1_000;
    private static final java.util.regex.Pattern PHRASE = java.util.regex.Pattern.compile("\"|\\p{L}-\\p{L}");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Search.class);

    private final JdbcClient jdbc;

    Search(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For tests: from how many estimated response matches the newest responses are walked. */
    void walkFrom(double estimatedMatches) {
        walkFromMatches = estimatedMatches;
    }

    /** A match with what the facets and the ranking need; {@code rank} is null when it was counted but not ranked. */
    private record Match(long id, String kind, String plan, String agency, String completion, Integer year, Double rank,
            boolean matched) {
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query) {
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        boolean da = query.lang() == Lang.DA;
        StringBuilder filters = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query.q());
        filter(filters, params, "kind", "type", query.type());
        filter(filters, params, "plan_slug", "plan", query.plan());
        filter(filters, params, "agency", "agency", query.agency());
        filter(filters, params, "completion", "completion", query.completion());
        filter(filters, params, "year", "year", query.year());
        String rank = "greatest(ts_rank(m.tsv_da, q.qda) * %s, ts_rank(m.tsv_en, q.qen) * %s)"
                .formatted(da ? "1.0" : "0.8", da ? "0.8" : "1.0");
        // the planner would otherwise pick a sequential scan for a frequent word under a LIMIT, or a generic plan
        jdbc.sql("SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
                .query().singleRow();

        long t0 = System.nanoTime();
        boolean phrase = PHRASE.matcher(query.q()).find();
        List<Match> record = List.of();
        boolean phraseCut = false;
        if (!ConsultationSearchSource.RESPONSE.equals(query.type())) {
            if (phrase) {
                List<Match> candidates = matches(rank, "SELECT " + COLUMNS + ", " + MATCH + " AS matched FROM search_entry e, q "
                        + "WHERE e.kind <> 'response' AND (e.tsv_da @@ q.ada OR e.tsv_en @@ q.aen)" + filters
                        + " LIMIT " + PHRASE_CANDIDATES, params);
                phraseCut = candidates.size() >= PHRASE_CANDIDATES;
                record = candidates.stream().filter(Match::matched).toList();
            } else {
                record = matches(rank, "SELECT " + COLUMNS + ", true AS matched FROM search_entry e, q "
                        + "WHERE e.kind <> 'response' AND " + MATCH + filters + " LIMIT :cap", params);
            }
        }
        long t1 = System.nanoTime();
        List<Match> responses = List.of();
        boolean walked = false;
        // responses have no agency and no completion
        if ((query.type() == null || ConsultationSearchSource.RESPONSE.equals(query.type())) && query.agency() == null
                && query.completion() == null) {
            if (estimatedResponseMatches(query.q()) >= walkFromMatches) {
                responses = matches(rank, walk(query, filters, params), params);
                // a phrase of frequent words may be rare side by side; its words are frequent all the same, and
                // the index would have to check every response that has them all
                walked = responses.size() >= WALK_MIN_FOUND || phrase;
            }
            if (!walked) {
                jdbc.sql("SELECT set_config('enable_indexscan', 'off', true)").query().singleRow();
                if (phrase) {
                    List<Match> candidates = matches(rank, "SELECT " + COLUMNS + ", " + MATCH + " AS matched FROM search_entry e, q "
                            + "WHERE e.kind = 'response' AND (e.tsv_da @@ q.ada OR e.tsv_en @@ q.aen)" + filters
                            + " LIMIT " + PHRASE_CANDIDATES, params);
                    phraseCut |= candidates.size() >= PHRASE_CANDIDATES;
                    responses = candidates.stream().filter(Match::matched).toList();
                } else {
                    responses = matches(rank, "SELECT " + COLUMNS + ", true AS matched FROM search_entry e, q "
                            + "WHERE e.kind = 'response' AND " + MATCH + filters + " LIMIT :cap", params);
                }
            }
        }

        long t2 = System.nanoTime();
        List<Match> all = new ArrayList<>(record);
        all.addAll(responses);
        List<Match> ranked = all.stream().filter(m -> m.rank() != null)
                .sorted(Comparator.comparing(Match::rank).reversed().thenComparing(Match::id)).toList();
        int from = Math.min((query.page() - 1) * SearchQuery.PAGE_SIZE, ranked.size());
        List<Hit> hits = hits(query, ranked.subList(from, Math.min(from + SearchQuery.PAGE_SIZE, ranked.size())));

        long found = all.size();
        if (log.isDebugEnabled()) {
            log.debug("search [{}]: record {} in {} ms, responses {} ({}) in {} ms, page in {} ms", query.q(), record.size(),
                    (t1 - t0) / 1_000_000.0, responses.size(), walked ? "newest" : "index", (t2 - t1) / 1_000_000.0,
                    (System.nanoTime() - t2) / 1_000_000.0);
        }
        boolean capped = record.size() > COUNT_CAP || responses.size() > COUNT_CAP || walked || phraseCut || found > COUNT_CAP;
        Ranking ranking = new Ranking((int) record.stream().filter(m -> m.rank() != null).count(),
                (int) responses.stream().filter(m -> m.rank() != null).count(), walked, walked ? RESPONSE_WINDOW : 0);
        return new SearchResults(query, Math.min(found, COUNT_CAP), capped, hits, facets(all), ranking);
    }

    /** The newest responses first, at most {@link #RESPONSE_WINDOW} of them, walked by the date index. */
    private static String walk(SearchQuery query, StringBuilder filters, Map<String, Object> params) {
        String range = "";
        if (query.year() != null) {
            // a response's year is that of its date in Copenhagen: a date range lets the walk start in that year
            range = " AND e.dated_at >= :yearFrom AND e.dated_at < :yearTo";
            params.put("yearFrom", Timestamp.from(LocalDate.of(query.year(), 1, 1).atStartOfDay(COPENHAGEN).toInstant()));
            params.put("yearTo", Timestamp.from(LocalDate.of(query.year() + 1, 1, 1).atStartOfDay(COPENHAGEN).toInstant()));
        }
        return "SELECT e.*, true AS matched FROM (SELECT " + COLUMNS + " FROM search_entry e WHERE e.kind = 'response'" + filters + range
                + " ORDER BY e.dated_at DESC, e.id DESC LIMIT " + RESPONSE_WINDOW + ") e, q WHERE " + MATCH + " LIMIT :cap";
    }

    /** Reads up to {@link #COUNT_CAP} + 1 matches of {@code source} and ranks the first {@link #CANDIDATES}. */
    private List<Match> matches(String rank, String source, Map<String, Object> params) {
        String sql = WITH_Q + """
                SELECT m.id, m.kind, m.plan_slug, m.agency, m.completion, m.year, m.matched,
                       CASE WHEN m.matched AND m.n <= :ranked THEN %s END AS rank
                FROM (SELECT s.*, row_number() OVER () AS n FROM (%s) s) m, q
                """.formatted(rank, source);
        return jdbc.sql(sql).params(params).param("cap", COUNT_CAP + 1).param("ranked", CANDIDATES)
                .query((rs, i) -> new Match(rs.getLong("id"), rs.getString("kind"), rs.getString("plan_slug"),
                        rs.getString("agency"), rs.getString("completion"), (Integer) rs.getObject("year"),
                        (Double) rs.getObject("rank"), rs.getBoolean("matched")))
                .list();
    }

    /**
     * How many responses the words would match, from the most common lexemes and their frequencies that ANALYZE
     * keeps per tsvector column (words it does not list are rare). Words after a minus are left out; the words of
     * the query are taken as all required (independent), in whichever language gives more.
     */
    private double estimatedResponseMatches(String q) {
        String positive = q.replaceAll("(?<!\\S)-(\"[^\"]*\"?|\\S+)", " ");
        LexemeStatistics stats = statistics();
        double[] f = {1, 1};
        jdbc.sql("SELECT unnest(tsvector_to_array(to_tsvector('danish', :q))) AS lexeme, 0 AS col UNION ALL "
                + "SELECT unnest(tsvector_to_array(to_tsvector('english', :q))), 1")
                .param("q", positive)
                .query(rs -> {
                    int col = rs.getInt("col");
                    f[col] *= stats.frequencies().get(col).getOrDefault(rs.getString("lexeme"), 0.0);
                });
        return Math.max(f[0], f[1]) * stats.rows();
    }

    /** The lexeme frequencies of the danish (0) and english (1) tsvectors and the table's rows, from pg_stats. */
    private record LexemeStatistics(List<Map<String, Double>> frequencies, double rows, long readAt) {
    }

    private static final long STATISTICS_MAX_AGE_MS = 10 * 60 * 1000;
    private volatile LexemeStatistics statistics;

    /** Read at most every ten minutes: ANALYZE (autovacuum) changes them rarely, and reading them costs milliseconds. */
    private LexemeStatistics statistics() {
        LexemeStatistics s = statistics;
        if (s != null && System.currentTimeMillis() - s.readAt() < STATISTICS_MAX_AGE_MS) {
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
        s = new LexemeStatistics(frequencies, rows, System.currentTimeMillis());
        statistics = s;
        return s;
    }

    /** Title and snippet of the page of hits, in rank order. */
    private List<Hit> hits(SearchQuery query, List<Match> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        boolean da = query.lang() == Lang.DA;
        String sql = WITH_Q + """
                SELECT e.id, e.path, %s AS title, CASE WHEN %s THEN %s ELSE %s END AS snippet
                FROM search_entry e, q, LATERAL (SELECT %s AS da, %s AS en) t WHERE e.id = ANY(:ids)
                """.formatted(
                da ? "coalesce(nullif(e.title_da, ''), e.title_en)" : "coalesce(nullif(e.title_en, ''), e.title_da)",
                da ? "e.tsv_da @@ q.qda" : "e.tsv_en @@ q.qen", da ? HEADLINE_DA : HEADLINE_EN, da ? HEADLINE_EN : HEADLINE_DA,
                TEXT_DA, TEXT_EN);
        Map<Long, String[]> texts = new HashMap<>();
        jdbc.sql(sql).param("q", query.q()).param("opts", HEADLINE_OPTIONS)
                .param("ids", page.stream().map(Match::id).toArray(Long[]::new))
                .query(rs -> {
                    texts.put(rs.getLong("id"), new String[] {rs.getString("title"), rs.getString("snippet"), rs.getString("path")});
                });
        List<Hit> hits = new ArrayList<>();
        for (Match m : page) {
            String[] t = texts.get(m.id());
            if (t != null) {
                hits.add(new Hit(m.kind(), t[0], safeSnippet(t[1]), "/" + query.lang().code() + t[2], m.plan(), m.agency(),
                        m.completion(), m.year(), m.rank()));
            }
        }
        return hits;
    }

    private static Map<String, List<FacetValue>> facets(List<Match> matches) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("type", count(matches, Match::kind));
        facets.put("plan", count(matches, Match::plan));
        facets.put("agency", count(matches, Match::agency));
        facets.put("completion", count(matches, Match::completion));
        facets.put("year", count(matches, m -> m.year() == null ? null : m.year().toString()));
        return facets;
    }

    private static List<FacetValue> count(List<Match> matches, Function<Match, String> value) {
        Map<String, Long> counts = new HashMap<>();
        matches.forEach(m -> {
            String v = value.apply(m);
            if (v != null) {
                counts.merge(v, 1L, Long::sum);
            }
        });
        return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::value)).toList();
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            where.append(" AND e.").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /** Escapes the snippet and only then turns the match markers into {@code <mark>}. */
    static String safeSnippet(String headline) {
        if (headline == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(headline.strip()).replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
