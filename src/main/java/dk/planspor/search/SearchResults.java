package dk.planspor.search;

import java.util.List;
import java.util.Map;

/**
 * One page of ranked hits, the total, and per facet the values with their counts. When more than
 * {@link Search#COUNT_CAP} things match, or frequent words were looked for among the newest responses only,
 * {@code capped} is true: the total is "more than" that and the facet counts are those of the matches found.
 * {@code ranking} says which matches the ranking covers.
 */
public record SearchResults(SearchQuery query, long total, boolean capped, List<Hit> hits,
        Map<String, List<FacetValue>> facets, Ranking ranking) {

    public static final List<String> FACETS = List.of("type", "plan", "agency", "completion", "year", "policyArea");

    /**
     * A hit. {@code snippetHtml} is escaped text in which only the matched words are wrapped in {@code <mark>}, so it
     * is safe to insert as HTML.
     */
    public record Hit(String kind, String title, String snippetHtml, String path, String planSlug, String agency,
            String completion, Integer year, double rank) {
    }

    public record FacetValue(String value, long count) {
    }

    /**
     * What the ranking covers: the first {@code recordMatches} matches in the record (plans, documents, news,
     * meetings) and {@code responses} consultation responses. When {@code newestResponsesOnly}, the words are so
     * common that the responses were the matches among the newest {@code responseWindow} responses (newest first);
     * otherwise they are the first matches found among all responses.
     */
    public record Ranking(int recordMatches, int responses, boolean newestResponsesOnly, int responseWindow) {
    }

    public int pages() {
        long reachable = ranking.recordMatches() + ranking.responses();
        return (int) ((reachable + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    public static SearchResults empty(SearchQuery query) {
        return new SearchResults(query, 0, false, List.of(), Map.of(), new Ranking(0, 0, false, 0));
    }
}
