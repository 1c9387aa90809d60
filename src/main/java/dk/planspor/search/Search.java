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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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
public class Search implements dk.planspor.platform.LocalCache {

    /**
     * ts_headline parses the whole text it is given, so it gets a window of this many characters around the first
     * place where a word of the query occurs.
     */
    static final int SNIPPET_WINDOW = 700;
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
    /** A walk that finds fewer matches than this in the window (the estimate was wrong) falls back to the index. */
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
    private final WordFrequencies frequencies;

    private final io.micrometer.core.instrument.Timer latency;

    Search(JdbcClient jdbc, io.micrometer.core.instrument.MeterRegistry meters) {
        this.jdbc = jdbc;
        this.frequencies = new WordFrequencies(jdbc);
        this.latency = io.micrometer.core.instrument.Timer.builder("planspor.search")
                .description("Time to answer a search (estimate, statement and snippets)")
                .publishPercentileHistogram().register(meters);
    }

    /** The word-frequency estimates are read again after any committed change, on any node. */
    @Override
    public void evictAll() {
        frequencies.forget();
    }

    /** For tests: from how many estimated response matches the newest responses are walked. */
    void walkFrom(double estimatedMatches) {
        walkFromMatches = estimatedMatches;
    }

    /**
     * Runs without a transaction: one statement (two when responses are looked for) reads committed data, and a
     * transaction would cost an entity manager and two round trips for nothing.
     */
    public SearchResults search(SearchQuery query) {
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        long t0 = System.nanoTime();
        StringBuilder filters = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query.q());
        filter(filters, params, "kind", "type", query.type());
        filter(filters, params, "plan_slug", "plan", query.plan());
        filter(filters, params, "agency", "agency", query.agency());
        filter(filters, params, "completion", "completion", query.completion());
        filter(filters, params, "year", "year", query.year());
        if (query.policyArea() != null) {
            filters.append(" AND :policyArea = ANY(e.policy_areas)");
            params.put("policyArea", query.policyArea());
        }

        boolean phrase = PHRASE.matcher(query.q()).find();
        boolean record = !ConsultationSearchSource.RESPONSE.equals(query.type());
        // responses have no agency and no completion
        boolean responses = (query.type() == null || ConsultationSearchSource.RESPONSE.equals(query.type()))
                && query.agency() == null && query.completion() == null && query.policyArea() == null;
        double estimate = responses ? estimatedResponseMatches(query.q()) : 0;
        SearchStatement.Responses path = !responses ? SearchStatement.Responses.NONE
                : estimate >= walkFromMatches ? SearchStatement.Responses.WALK : SearchStatement.Responses.INDEX;
        String walkRange = "";
        if (path == SearchStatement.Responses.WALK && query.year() != null) {
            // a response's year is that of its date in Copenhagen: a date range lets the walk start in that year
            walkRange = " AND e.dated_at >= :yearFrom AND e.dated_at < :yearTo";
            params.put("yearFrom", Timestamp.from(LocalDate.of(query.year(), 1, 1).atStartOfDay(COPENHAGEN).toInstant()));
            params.put("yearTo", Timestamp.from(LocalDate.of(query.year() + 1, 1, 1).atStartOfDay(COPENHAGEN).toInstant()));
        }
        long t1 = System.nanoTime();

        Map<Long, Hit> hits = new java.util.TreeMap<>();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        SearchResults.FACETS.forEach(f -> facets.put(f, new ArrayList<>()));
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(SearchStatement.sql(query.lang() == Lang.DA, phrase, record, path, filters.toString(), walkRange))
                .params(params)
                .param("opts", SearchStatement.HEADLINE_OPTIONS)
                .param("offset", (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .query(rs -> {
                    switch (rs.getString("row_type")) {
                        case "hit" -> hits.put(rs.getLong("n"), new Hit(rs.getString("kind"), rs.getString("title"),
                                safeSnippet(rs.getString("snippet")), "/" + query.lang().code() + rs.getString("path"),
                                rs.getString("plan_slug"), rs.getString("agency"), rs.getString("completion"),
                                (Integer) rs.getObject("year"), rs.getDouble("rank")));
                        case "facet" -> facets.get(rs.getString("facet")).add(new FacetValue(rs.getString("value"), rs.getLong("n")));
                        default -> counts.put(rs.getString("facet"), rs.getLong("n"));
                    }
                });
        facets.values().forEach(values -> values.sort(
                Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::value)));

        long recordFound = counts.get("record");
        long responsesFound = counts.get("responses");
        boolean walked = counts.get("walked") == 1;
        boolean phraseCut = phrase && (counts.get("recordCandidates") >= PHRASE_CANDIDATES
                || !walked && counts.get("responsesCandidates") >= PHRASE_CANDIDATES);
        long found = recordFound + responsesFound;
        if (log.isDebugEnabled()) {
            log.debug("search [{}]: record {}, responses {} ({}), estimate in {} ms, statement in {} ms", query.q(),
                    recordFound, responsesFound, walked ? "newest" : path, (t1 - t0) / 1_000_000.0,
                    (System.nanoTime() - t1) / 1_000_000.0);
        }
        latency.record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
        boolean capped = recordFound > COUNT_CAP || responsesFound > COUNT_CAP || walked || phraseCut || found > COUNT_CAP;
        Ranking ranking = new Ranking(counts.get("recordRanked").intValue(), counts.get("responsesRanked").intValue(), walked,
                walked ? RESPONSE_WINDOW : 0);
        return new SearchResults(query, Math.min(found, COUNT_CAP), capped, List.copyOf(hits.values()), facets, ranking);
    }

    /**
     * How many responses the words would match (words after a minus are left out; the words of the query are taken as
     * all required).
     */
    private double estimatedResponseMatches(String q) {
        String positive = q.replaceAll("(?<!\\S)-(\"[^\"]*\"?|\\S+)", " ");
        String[][] lexemes = jdbc.sql("SELECT tsvector_to_array(to_tsvector('danish', :q)) AS da, "
                        + "tsvector_to_array(to_tsvector('english', :q)) AS en")
                .param("q", positive)
                .query((rs, i) -> new String[][] {(String[]) rs.getArray("da").getArray(), (String[]) rs.getArray("en").getArray()})
                .single();
        return frequencies.estimatedMatches(List.of(lexemes[0]), List.of(lexemes[1]));
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
        return HtmlUtils.htmlEscape(headline.strip()).replace(SearchStatement.START, "<mark>").replace(SearchStatement.STOP, "</mark>");
    }
}
