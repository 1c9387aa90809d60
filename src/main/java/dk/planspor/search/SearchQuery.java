package dk.planspor.search;

import dk.planspor.platform.Lang;

/**
 * What a reader asks: the words (web-search syntax: "quoted phrase", -not, or), the page language that decides which
 * configuration ranks first, and optional facet filters. Page numbers start at 1.
 */
public record SearchQuery(String q, Lang lang, String type, String plan, String agency, String completion, Integer year,
        int page, String policyArea) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_QUERY_LENGTH = 200;

    public SearchQuery {
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        type = blankToNull(type);
        plan = blankToNull(plan);
        agency = blankToNull(agency);
        completion = blankToNull(completion);
        policyArea = blankToNull(policyArea);
        page = Math.max(1, Math.min(page, 500));
    }

    public SearchQuery(String q, Lang lang, String type, String plan, String agency, String completion, Integer year,
            int page) {
        this(q, lang, type, plan, agency, completion, year, page, null);
    }

    public static SearchQuery of(String q, Lang lang) {
        return new SearchQuery(q, lang, null, null, null, null, null, 1);
    }

    public boolean isEmpty() {
        return q.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
