package dk.planspor.search.web;

import dk.planspor.platform.Crumb;
import dk.planspor.platform.Lang;
import dk.planspor.search.Search;
import dk.planspor.search.SearchQuery;
import dk.planspor.search.SearchResults;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page: a GET form (works without JavaScript), ranked hits with snippets, facet links and paging. */
@Controller
class SearchPageController {

    private final Search search;
    private final MessageSource messages;

    SearchPageController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** A facet value as a link that sets (or, when active, removes) the filter. */
    record FacetLink(String value, String label, long count, String href, boolean active) {
    }

    /**
     * The values a facet lists, most frequent first: a list of a hundred plans or agencies helps nobody, and each link
     * costs rendering. The active value is always listed; the page says how many more there are.
     */
    static final int FACET_VALUES_SHOWN = 10;

    @GetMapping("/{lang:da|en}/search")
    String search(@PathVariable String lang, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String completion,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String policyArea,
            @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request) {
        // an answer is computed for every request anyway; hashing it for an ETag only costs time
        ShallowEtagHeaderFilter.disableContentCaching(request);
        Lang l = Lang.fromCode(lang).orElseThrow();
        SearchQuery query = new SearchQuery(q, l, type, plan, agency, completion, year, page, policyArea);
        SearchResults results = search.search(query);
        Map<String, String> active = active(query);
        Map<String, List<FacetLink>> facets = new LinkedHashMap<>();
        Map<String, Integer> moreValues = new LinkedHashMap<>();
        results.facets().forEach((facet, values) -> {
            List<FacetLink> links = new ArrayList<>();
            values.forEach(v -> {
                boolean on = v.value().equals(active.get(facet));
                if (links.size() >= FACET_VALUES_SHOWN && !on) {
                    moreValues.merge(facet, 1, Integer::sum);
                    return;
                }
                Map<String, String> next = new LinkedHashMap<>(active);
                if (on) {
                    next.remove(facet);
                } else {
                    next.put(facet, v.value());
                }
                links.add(new FacetLink(v.value(), label(facet, v.value(), l), v.count(), href(lang, query.q(), next, 1), on));
            });
            if (!links.isEmpty()) {
                facets.put(facet, links);
            }
        });
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("facets", facets);
        model.addAttribute("moreFacetValues", moreValues);
        model.addAttribute("activeFilters", active);
        model.addAttribute("previous", query.page() > 1 ? href(lang, query.q(), active, query.page() - 1) : null);
        model.addAttribute("next", query.page() < results.pages() ? href(lang, query.q(), active, query.page() + 1) : null);
        model.addAttribute("breadcrumbs", List.of(new Crumb(msg("nav.home", l), "/" + lang + "/"),
                Crumb.current(msg("search.title", l))));
        return "search/search";
    }

    private String label(String facet, String value, Lang l) {
        return switch (facet) {
            case "type" -> messages.getMessage("search.kind." + value, null, value, l.locale());
            case "completion" -> messages.getMessage("completion." + value, null, value, l.locale());
            case "policyArea" -> messages.getMessage("policyArea." + value, null, value, l.locale());
            default -> value;
        };
    }

    private static Map<String, String> active(SearchQuery q) {
        Map<String, String> m = new LinkedHashMap<>();
        if (q.type() != null) {
            m.put("type", q.type());
        }
        if (q.plan() != null) {
            m.put("plan", q.plan());
        }
        if (q.agency() != null) {
            m.put("agency", q.agency());
        }
        if (q.completion() != null) {
            m.put("completion", q.completion());
        }
        if (q.year() != null) {
            m.put("year", String.valueOf(q.year()));
        }
        if (q.policyArea() != null) {
            m.put("policyArea", q.policyArea());
        }
        return m;
    }

    private static String href(String lang, String q, Map<String, String> filters, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/" + lang + "/search").queryParam("q", q);
        filters.forEach(b::queryParam);
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private String msg(String key, Lang l) {
        return messages.getMessage(key, null, l.locale());
    }
}
