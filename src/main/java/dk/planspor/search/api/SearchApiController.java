package dk.planspor.search.api;

import dk.planspor.platform.Lang;
import dk.planspor.search.Search;
import dk.planspor.search.SearchQuery;
import dk.planspor.search.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** Full-text search over the whole record as JSON. */
@RestController
@Tag(name = "Search", description = "Full-text search with the danish and english configurations, with facets")
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    /**
     * {@code totalIsLowerBound}: more things matched than were counted; {@code total} is then "at least".
     * {@code ranking}: which matches were ranked (the first matches of the record and of the consultation responses;
     * for very common words the responses are the matches among the newest {@code responseWindow} responses).
     */
    record SearchResponse(String query, String lang, int page, int pageSize, long total, boolean totalIsLowerBound,
            List<SearchResults.Hit> results,
            Map<String, List<SearchResults.FacetValue>> facets, SearchResults.Ranking ranking) {
    }

    @GetMapping(path = "/api/v1/search", produces = "application/json")
    @Operation(summary = "Ranked search hits with highlighted snippets (<mark>) and facet counts")
    SearchResponse search(@Parameter(description = "words; \"a phrase\", -not and or work") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "da or en: which language ranks first and gives the links") @RequestParam(defaultValue = "da") String lang,
            @Parameter(description = "commitment, milestone, consultation, response, document, news or meeting") @RequestParam(required = false) String type,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String completion, @RequestParam(required = false) Integer year,
            @Parameter(description = "one of OGP's policy areas (code, e.g. open-data): commitments tagged with it")
            @RequestParam(required = false) String policyArea,
            @RequestParam(defaultValue = "1") int page, HttpServletRequest request) {
        // an answer is computed for every request anyway; hashing it for an ETag only costs time
        ShallowEtagHeaderFilter.disableContentCaching(request);
        Lang l = Lang.fromCode(lang).orElse(Lang.DA);
        SearchResults r = search.search(new SearchQuery(q, l, type, plan, agency, completion, year, page, policyArea));
        return new SearchResponse(r.query().q(), l.code(), r.query().page(), SearchQuery.PAGE_SIZE, r.total(), r.capped(), r.hits(),
                r.facets(), r.ranking());
    }
}
