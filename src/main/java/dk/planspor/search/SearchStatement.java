package dk.planspor.search;

/**
 * The one SQL statement a search runs. It finds the matches of the record and of the responses (each bounded, see
 * {@link Search}), ranks the first of them, and returns only what the page shows: the page of hits with their
 * snippets ({@code row_type = 'hit'}), the facet counts ({@code 'facet'}) and the counts of what was read
 * ({@code 'count'}). Computing these in the database saves carrying up to two thousand matches to the application
 * for counting.
 */
final class SearchStatement {

    /** How the responses are looked for. */
    enum Responses {
        /** Not at all: the filters leave them out. */
        NONE,
        /** Through the responses' GIN index, whose cost grows with the number of matches. */
        INDEX,
        /**
         * Among the newest responses, walking the date index, which stops early; when fewer than
         * {@link Search#WALK_MIN_FOUND} are found (the words were less frequent than estimated), through the index.
         */
        WALK
    }

    private SearchStatement() {
    }

    /** Snippet markers that cannot occur in text; replaced by {@code <mark>} after HTML-escaping the snippet. */
    static final String START = "\u0002";
    static final String STOP = "\u0003";
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ",StopSel=" + STOP
            + ",MaxWords=30,MinWords=12,MaxFragments=2,FragmentDelimiter=\" … \"";

    /**
     * A hit's text, with a space in front so that a space marks where a word starts (a word after a line break is found
     * by the fallbacks of {@link #FIRST}: turning line breaks into spaces with {@code translate} cost 5 ms a query).
     */
    private static final String TEXT_DA = "' ' || concat_ws(' · ', nullif(e.body_da, ''), nullif(e.context_da, ''), e.title_da)";
    private static final String TEXT_EN = "' ' || concat_ws(' · ', nullif(e.body_en, ''), nullif(e.context_en, ''), e.title_en)";
    /**
     * Where a stem of the query ({@code l}) first starts a word of the text: as written, capitalised or in capitals
     * (a stem is the beginning of its word forms: "borg" in "borgere"); failing those, in the lower-cased text (~0.1 ms
     * for a commitment's 5 kB, so only then); failing that, anywhere, even inside a word.
     */
    private static final String FIRST = "coalesce(least(nullif(strpos(t.%2$s, ' ' || l), 0), nullif(strpos(t.%2$s, ' ' || initcap(l)), 0), "
            + "nullif(strpos(t.%2$s, ' ' || upper(l)), 0)), nullif(strpos(lower(t.%2$s), ' ' || l), 0), nullif(strpos(lower(t.%2$s), l), 0))";
    /**
     * ts_headline parses the whole text it is given (~40 ms for a 100 kB document, ~1 ms for a commitment), so it gets
     * {@value Search#SNIPPET_WINDOW} characters: around the first place where a word of the query occurs, or, when the
     * words first occur far apart, half around the first word and half around the last one found, so that a query of
     * two words can show both; the beginning when none is found.
     */
    private static final String HEADLINE = "ts_headline('%1$s', (SELECT CASE WHEN max(p) IS NULL THEN substr(t.%2$s, 1, " + Search.SNIPPET_WINDOW + ") "
            + "WHEN max(p) - min(p) < " + (Search.SNIPPET_WINDOW - 250) + " THEN substr(t.%2$s, greatest(min(p) - 200, 1), " + Search.SNIPPET_WINDOW + ") "
            + "ELSE substr(t.%2$s, greatest(min(p) - 100, 1), " + Search.SNIPPET_WINDOW / 2 + ") || ' … ' || substr(t.%2$s, greatest(max(p) - 100, 1), "
            + Search.SNIPPET_WINDOW / 2 + ") END FROM (SELECT " + FIRST + " AS p FROM unnest(q.l%2$s) l) x), q.q%2$s, :opts)";
    private static final String HEADLINE_DA = HEADLINE.formatted("danish", "da");
    private static final String HEADLINE_EN = HEADLINE.formatted("english", "en");
    private static final String WITH_Q = "WITH q0 AS (SELECT websearch_to_tsquery('danish', :q) AS qda, websearch_to_tsquery('english', :q) AS qen), "
            // the query with its phrases loosened to "all these words", which the GIN index answers without a recheck
            + "q AS (SELECT qda, qen, regexp_replace(qda::text, '<[0-9-]+>', '&', 'g')::tsquery AS ada, "
            + "regexp_replace(qen::text, '<[0-9-]+>', '&', 'g')::tsquery AS aen, "
            // the query's stems, found once, for placing the snippets' windows
            + "ARRAY(SELECT l[1] FROM regexp_matches(qda::text, '''([^'']+)''', 'g') l) AS lda, "
            + "ARRAY(SELECT l[1] FROM regexp_matches(qen::text, '''([^'']+)''', 'g') l) AS len FROM q0)";
    private static final String MATCH = "(e.tsv_da @@ q.qda OR e.tsv_en @@ q.qen)";
    private static final String ALL_WORDS = "(e.tsv_da @@ q.ada OR e.tsv_en @@ q.aen)";
    /** What counting, the facets and the ranking read of a match (not the texts). */
    private static final String COLUMNS = "e.id, e.kind, e.plan_slug, e.agency, e.completion, e.year, e.policy_areas, e.tsv_da, e.tsv_en";
    /** A part's matches: what the facets count, its rank when among the first ranked, and whether it matched. */
    private static final String PART = "SELECT m.id, m.kind, m.plan_slug, m.agency, m.completion, m.year, m.policy_areas, m.matched, "
            + "CASE WHEN m.matched AND m.n <= " + Search.CANDIDATES + " THEN %1$s END AS rank "
            + "FROM (SELECT s.*, sum(s.matched::int) OVER (ROWS UNBOUNDED PRECEDING) AS n FROM (%2$s) s) m, q";
    private static final String NO_PART = "SELECT NULL::bigint AS id, NULL::varchar AS kind, NULL::varchar AS plan_slug, "
            + "NULL::varchar AS agency, NULL::varchar AS completion, NULL::int AS year, NULL::text[] AS policy_areas, "
            + "true AS matched, NULL::float8 AS rank WHERE false";

    /**
     * The statement. {@code filters} are the facet filters as {@code AND e.column = :name}; {@code walkRange} narrows the
     * newest-responses walk (to a year) with {@code :yearFrom} and {@code :yearTo}. Parameters: {@code q}, {@code opts},
     * {@code offset} and the filters' own; the bounds are constants of {@link Search}, written into the statement so
     * that the planner sees them.
     */
    static String sql(boolean da, boolean phrase, boolean record, Responses responses, String filters, String walkRange) {
        String rank = "greatest(ts_rank(m.tsv_da, q.qda) * %s, ts_rank(m.tsv_en, q.qen) * %s)::float8"
                .formatted(da ? "1.0" : "0.8", da ? "0.8" : "1.0");
        StringBuilder sql = new StringBuilder(WITH_Q);
        sql.append(",\nrec AS (").append(record ? PART.formatted(rank, gin("<>", phrase, filters, "")) : NO_PART).append(")");
        switch (responses) {
            case NONE -> sql.append(",\nresp AS (").append(NO_PART).append(")");
            case INDEX -> sql.append(",\nresp AS (").append(PART.formatted(rank, gin("=", phrase, filters, ""))).append(")");
            case WALK -> {
                sql.append(",\nwalk AS (").append(PART.formatted(rank, "SELECT e.*, true AS matched FROM (SELECT " + COLUMNS
                        + " FROM search_entry e WHERE e.kind = 'response'" + filters + walkRange
                        + " ORDER BY e.dated_at DESC, e.id DESC LIMIT " + Search.RESPONSE_WINDOW + ") e, q WHERE " + MATCH + " LIMIT " + (Search.COUNT_CAP + 1))).append(")");
                if (phrase) {
                    // a phrase of frequent words may be rare side by side; its words are frequent all the same, and
                    // the index would have to check every response that has them all
                    sql.append(",\nw AS (SELECT true AS walked),\nresp AS (SELECT * FROM walk)");
                } else {
                    sql.append(",\nw AS (SELECT count(*) >= " + Search.WALK_MIN_FOUND + " AS walked FROM walk)");
                    sql.append(",\nbyindex AS (").append(PART.formatted(rank,
                            gin("=", false, filters, " AND NOT (SELECT walked FROM w)"))).append(")");
                    sql.append(",\nresp AS (SELECT * FROM walk WHERE (SELECT walked FROM w) UNION ALL SELECT * FROM byindex)");
                }
            }
        }
        if (responses != Responses.WALK) {
            sql.append(",\nw AS (SELECT false AS walked)");
        }
        sql.append("""
                ,
                allm AS (SELECT id, kind, plan_slug, agency, completion, year, policy_areas, rank FROM rec WHERE matched
                         UNION ALL SELECT id, kind, plan_slug, agency, completion, year, policy_areas, rank FROM resp WHERE matched),
                page AS (SELECT *, row_number() OVER (ORDER BY rank DESC, id) AS pos FROM allm WHERE rank IS NOT NULL
                         ORDER BY rank DESC, id LIMIT %s OFFSET :offset)
                SELECT 'hit' AS row_type, p.id, p.kind, p.plan_slug, p.agency, p.completion, p.year, p.rank, e.path,
                       %s AS title, CASE WHEN %s THEN %s ELSE %s END AS snippet,
                       NULL::text AS facet, NULL::text AS value, p.pos AS n
                FROM page p JOIN search_entry e ON e.id = p.id CROSS JOIN q
                     CROSS JOIN LATERAL (SELECT %s AS da, %s AS en OFFSET 0) t
                UNION ALL
                SELECT 'facet', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.facet, f.value, f.n FROM (
                  SELECT CASE WHEN GROUPING(kind) = 0 THEN 'type' WHEN GROUPING(plan_slug) = 0 THEN 'plan'
                              WHEN GROUPING(agency) = 0 THEN 'agency' WHEN GROUPING(completion) = 0 THEN 'completion'
                              ELSE 'year' END AS facet,
                         coalesce(kind, plan_slug, agency, completion, year::text) AS value, count(*) AS n
                  FROM allm GROUP BY GROUPING SETS ((kind), (plan_slug), (agency), (completion), (year))) f
                WHERE f.value IS NOT NULL
                UNION ALL
                SELECT 'facet', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'policyArea', a.code, count(*)
                FROM allm CROSS JOIN LATERAL unnest(allm.policy_areas) a(code) GROUP BY a.code
                UNION ALL
                SELECT 'count', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c.name, NULL, c.n
                FROM (SELECT count(*) FILTER (WHERE matched) AS found, count(rank) AS ranked, count(*) AS read FROM rec) r,
                     (SELECT count(*) FILTER (WHERE matched) AS found, count(rank) AS ranked, count(*) AS read FROM resp) s,
                     w,
                     LATERAL (VALUES ('record', r.found), ('recordRanked', r.ranked), ('recordCandidates', r.read),
                                     ('responses', s.found), ('responsesRanked', s.ranked), ('responsesCandidates', s.read),
                                     ('walked', w.walked::int)) c(name, n)
                """.formatted(SearchQuery.PAGE_SIZE,
                da ? "coalesce(nullif(e.title_da, ''), e.title_en)" : "coalesce(nullif(e.title_en, ''), e.title_da)",
                da ? "e.tsv_da @@ q.qda" : "e.tsv_en @@ q.qen", da ? HEADLINE_DA : HEADLINE_EN, da ? HEADLINE_EN : HEADLINE_DA,
                TEXT_DA, TEXT_EN));
        return sql.toString();
    }

    /**
     * Matches through a GIN index ({@code kind <> 'response'}: the record's, {@code = 'response'}: the responses'). A
     * phrase ("open data", or a hyphenated word) needs every candidate's positions checked, which is slow for long
     * texts: its candidates (the entries with all its words) are checked up to {@link Search#PHRASE_CANDIDATES}.
     */
    private static String gin(String kind, boolean phrase, String filters, String gate) {
        return phrase
                ? "SELECT " + COLUMNS + ", " + MATCH + " AS matched FROM search_entry e, q WHERE e.kind " + kind
                        + " 'response' AND " + ALL_WORDS + filters + gate + " LIMIT " + Search.PHRASE_CANDIDATES
                : "SELECT " + COLUMNS + ", true AS matched FROM search_entry e, q WHERE e.kind " + kind + " 'response' AND "
                        + MATCH + filters + gate + " LIMIT " + (Search.COUNT_CAP + 1);
    }
}
