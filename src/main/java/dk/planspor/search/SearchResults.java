package dk.planspor.search;

import java.util.List;
import java.util.Map;

/** One page of ranked hits, the total, and per facet the values with their counts over all hits. */
public record SearchResults(SearchQuery query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

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
        return (int) Math.min(500, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    public static SearchResults empty(SearchQuery query) {
        return new SearchResults(query, 0, List.of(), Map.of());
    }
}
