package dk.planspor.search;

import dk.planspor.platform.Lang;
import dk.planspor.search.SearchResults.FacetValue;
import dk.planspor.search.SearchResults.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The search module's facade. Matches with {@code websearch_to_tsquery} in both the danish and english configurations
 * (the page language weighs more), ranks with {@code ts_rank} without length normalisation (a commitment
 * that is about the words outranks a short milestone that merely mentions them), cuts snippets with {@code ts_headline} for the page of
 * hits only, and counts facets over all hits in one pass with GROUPING SETS.
 */
@Service
public class Search {

    /** Snippet markers that cannot occur in text; replaced by {@code <mark>} after HTML-escaping the snippet. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ",StopSel=" + STOP
            + ",MaxWords=30,MinWords=12,MaxFragments=2,FragmentDelimiter=\" … \"";

    private static final String HEADLINE_DA = "ts_headline('danish', concat_ws(' · ', nullif(h.body_da, ''), nullif(h.context_da, ''), h.title_da), q.qda, :opts)";
    private static final String HEADLINE_EN = "ts_headline('english', concat_ws(' · ', nullif(h.body_en, ''), nullif(h.context_en, ''), h.title_en), q.qen, :opts)";

    /** Matches ranked per part (record / responses); see {@link #search}. */
    static final int CANDIDATES = 500;
    /** Matches counted for the total and the facets; beyond it the total reads "more than". */
    public static final int COUNT_CAP = 1_000;

    private final JdbcClient jdbc;

    Search(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query) {
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        boolean da = query.lang() == Lang.DA;
        StringBuilder where = new StringBuilder("(e.tsv_da @@ q.qda OR e.tsv_en @@ q.qen)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query.q());
        filter(where, params, "kind", "type", query.type());
        filter(where, params, "plan_slug", "plan", query.plan());
        filter(where, params, "agency", "agency", query.agency());
        filter(where, params, "completion", "completion", query.completion());
        filter(where, params, "year", "year", query.year());
        String with = "WITH q AS (SELECT websearch_to_tsquery('danish', :q) AS qda, websearch_to_tsquery('english', :q) AS qen) ";

        String hitsSql = with + """
                , candidates AS (
                  (SELECT e.id FROM search_entry e, q WHERE %3$s AND e.kind <> 'response' LIMIT :cap)
                  UNION ALL
                  (SELECT e.id FROM search_entry e, q WHERE %3$s AND e.kind = 'response' LIMIT :cap))
                , hits AS (
                  SELECT e.*, greatest(ts_rank(e.tsv_da, q.qda) * %1$s, ts_rank(e.tsv_en, q.qen) * %2$s) AS rank
                  FROM search_entry e JOIN candidates c ON c.id = e.id, q
                  ORDER BY rank DESC, e.id LIMIT :limit OFFSET :offset)
                SELECT h.kind, h.path, h.plan_slug, h.agency, h.completion, h.year, h.rank,
                       %4$s AS title,
                       CASE WHEN %5$s THEN %6$s ELSE %7$s END AS snippet
                FROM hits h, q ORDER BY h.rank DESC, h.id
                """.formatted(da ? "1.0" : "0.8", da ? "0.8" : "1.0", where,
                da ? "coalesce(nullif(h.title_da, ''), h.title_en)" : "coalesce(nullif(h.title_en, ''), h.title_da)",
                da ? "h.tsv_da @@ q.qda" : "h.tsv_en @@ q.qen", da ? HEADLINE_DA : HEADLINE_EN, da ? HEADLINE_EN : HEADLINE_DA);
        // With hundreds of thousands of matches, ranking them all costs seconds: rank the first CANDIDATES matches of
        // the record itself and as many responses, which keeps every query within a bounded cost. The planner picks
        // a bitmap scan of the (partial) GIN index for rare words and a scan that stops early for frequent ones.
        var spec = jdbc.sql(hitsSql).params(params).param("cap", CANDIDATES).param("limit", SearchQuery.PAGE_SIZE)
                .param("offset", (query.page() - 1) * SearchQuery.PAGE_SIZE).param("opts", HEADLINE_OPTIONS);
        List<Hit> hits = spec.query((rs, i) -> new Hit(rs.getString("kind"), rs.getString("title"),
                safeSnippet(rs.getString("snippet")), "/" + query.lang().code() + rs.getString("path"),
                rs.getString("plan_slug"), rs.getString("agency"), rs.getString("completion"),
                (Integer) rs.getObject("year"), rs.getDouble("rank"))).list();

        String facetSql = with + """
                SELECT e.kind, e.plan_slug, e.agency, e.completion, e.year::text AS year,
                       GROUPING(e.kind) AS gk, GROUPING(e.plan_slug) AS gp, GROUPING(e.agency) AS ga,
                       GROUPING(e.completion) AS gc, GROUPING(e.year) AS gy, count(*) AS n
                FROM (SELECT e.* FROM search_entry e, q WHERE %s LIMIT :countCap) e
                GROUP BY GROUPING SETS ((e.kind), (e.plan_slug), (e.agency), (e.completion), (e.year))
                """.formatted(where);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        SearchResults.FACETS.forEach(f -> facets.put(f, new ArrayList<>()));
        long[] total = {0};
        jdbc.sql(facetSql).params(params).param("countCap", COUNT_CAP + 1).query(rs -> {
            long n = rs.getLong("n");
            if (rs.getInt("gk") == 0) {
                facets.get("type").add(new FacetValue(rs.getString("kind"), n));
                total[0] += n;
            } else if (rs.getInt("gp") == 0) {
                add(facets, "plan", rs.getString("plan_slug"), n);
            } else if (rs.getInt("ga") == 0) {
                add(facets, "agency", rs.getString("agency"), n);
            } else if (rs.getInt("gc") == 0) {
                add(facets, "completion", rs.getString("completion"), n);
            } else if (rs.getInt("gy") == 0) {
                add(facets, "year", rs.getString("year"), n);
            }
        });
        facets.values().forEach(list -> list.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value())));
        return new SearchResults(query, Math.min(total[0], COUNT_CAP), total[0] > COUNT_CAP, hits, facets);
    }

    private static void add(Map<String, List<FacetValue>> facets, String facet, String value, long n) {
        if (value != null) {
            facets.get(facet).add(new FacetValue(value, n));
        }
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
