package dk.planspor.search;

import java.time.Instant;

/**
 * One findable thing in the index. Title weighs most, then body, then context (what the thing belongs to, such as
 * a milestone's commitment). {@code path} is the page's address without the language prefix
 * (e.g. {@code /plans/2017-2019/commitments/1.1}); the facets are plan, agency, completion, year and OGP's policy
 * areas (space-separated codes). {@code datedAt}
 * orders consultation responses (when received): a frequent word's matches are taken newest first.
 */
public record SearchEntry(String kind, String ref, String planSlug, String agency, String completion, Integer year,
        String titleDa, String titleEn, String bodyDa, String bodyEn, String contextDa, String contextEn, String path,
        Instant datedAt, String policyAreas) {

    /** PostgreSQL limits a tsvector to 1 MB; very long texts are indexed by their first part. */
    static final int MAX_BODY = 400_000;

    public SearchEntry(String kind, String ref, String planSlug, String agency, String completion, Integer year,
            String titleDa, String titleEn, String bodyDa, String bodyEn, String path) {
        this(kind, ref, planSlug, agency, completion, year, titleDa, titleEn, bodyDa, bodyEn, null, null, path);
    }

    public SearchEntry(String kind, String ref, String planSlug, String agency, String completion, Integer year,
            String titleDa, String titleEn, String bodyDa, String bodyEn, String contextDa, String contextEn, String path) {
        this(kind, ref, planSlug, agency, completion, year, titleDa, titleEn, bodyDa, bodyEn, contextDa, contextEn, path, null);
    }

    public SearchEntry(String kind, String ref, String planSlug, String agency, String completion, Integer year,
            String titleDa, String titleEn, String bodyDa, String bodyEn, String contextDa, String contextEn, String path,
            Instant datedAt) {
        this(kind, ref, planSlug, agency, completion, year, titleDa, titleEn, bodyDa, bodyEn, contextDa, contextEn, path,
                datedAt, null);
    }

    /** The same entry with OGP's policy areas (codes separated by spaces), a facet of commitments. */
    public SearchEntry withPolicyAreas(String codes) {
        return new SearchEntry(kind, ref, planSlug, agency, completion, year, titleDa, titleEn, bodyDa, bodyEn, contextDa,
                contextEn, path, datedAt, codes == null || codes.isBlank() ? null : codes);
    }

    public SearchEntry {
        bodyDa = cut(bodyDa);
        bodyEn = cut(bodyEn);
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_BODY ? s : s.substring(0, MAX_BODY);
    }
}
