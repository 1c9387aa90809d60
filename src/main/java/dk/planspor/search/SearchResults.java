package dk.planspor.search;

import java.util.List;
import java.util.Map;

/**
 * One page of ranked hits, the total, and per facet the values with their counts. When more than
 * {@link Search#COUNT_CAP} things match, {@code capped} is true: the total is "more than" that and the facet counts are
 * those of the first matches.
 */
public record SearchResults(SearchQuery query, long total, boolean capped, List<Hit> hits,
        Map<String, List<FacetValue>> facets) {

    public static final List<String> FACETS = List.of("type", "plan", "agency", "completion", "year");

    /**
     * A hit. {@code snippetHtml} is escaped text in which only the matched words are wrapped in {@code <mark>}, so it
     * is safe to insert as HTML.
     */
    public record Hit(String kind, String title, String snippetHtml, String path, String planSlug, String agency,
            String completion, Integer year, double rank) {
    }

    public record FacetValue(String value, long count) {
    }

    public int pages() {
        long reachable = Math.min(total, 2L * Search.CANDIDATES);
        return (int) ((reachable + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    public static SearchResults empty(SearchQuery query) {
        return new SearchResults(query, 0, false, List.of(), Map.of());
    }
}
