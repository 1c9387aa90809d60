package dk.planspor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.CommitmentContent;
import dk.planspor.plans.Completion;
import dk.planspor.plans.CommitmentContent.MilestoneContent;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanState;
import dk.planspor.search.SearchResults.FacetValue;
import dk.planspor.search.SearchResults.Hit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Full-text search on the real PostgreSQL: Danish and English stemming, ranking, snippets, facets, index upkeep. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchTest {

    @Autowired
    Search search;
    @Autowired
    SearchIndex index;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    PlanSearchSource plans;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;


    /** 3,200 characters without the words the snippet tests look for: a window at the start cannot reach past it. */
    private static final String FILLER = "Planen beskriver arbejdet i kommunerne. ".repeat(80);

    @BeforeEach
    void indexIsBuilt() {
        // the start-up reconciliation runs asynchronously; wait until the real record is in the index
        await().atMost(Duration.ofSeconds(30)).until(() -> !search.search(SearchQuery.of("Rigsarkivet", Lang.DA)).hits().isEmpty());
    }

    @ParameterizedTest(name = "[{0}] finds \"{1}\"")
    @CsvSource({
            "handlingsplan, Regeringen har vedtaget tre nationale handlingsplaner for åben forvaltning",
            "handlingsplaner, Den første handlingsplan blev vedtaget i 2012",
            "kommune, Alle kommunerne deltager i netværket",
            "myndighed, De ansvarlige myndigheder rapporterer om fremdrift",
            "borgerne, Data skal gøre gavn for borgere og virksomheder",
            "gennemførte, Initiativet er gennemført i væsentlig grad",
    })
    void danishWordsMatchTheirOtherForms(String query, String text) {
        index.put(new SearchEntry("document", "stem-test/" + query, null, null, null, 2020, "Stemmingtest", null, text,
                null, "/library"));
        List<Hit> hits = search.search(new SearchQuery(query, Lang.DA, "document", null, null, null, 2020, 1)).hits();
        assertThat(hits).extracting(Hit::snippetHtml).anySatisfy(s -> assertThat(s).contains("<mark>"));
        index.remove("document", "stem-test/" + query);
    }

    @Test
    void englishWordsMatchTheirOtherFormsOnEnglishPages() {
        index.put(new SearchEntry("news", "stem-test/en", null, null, null, 2021, "Nyhed", "News item", "Dansk tekst",
                "The agencies published their commitments", "/news"));
        assertThat(search.search(new SearchQuery("agency commitment", Lang.EN, "news", null, null, null, null, 1)).hits())
                .extracting(Hit::title).contains("News item");
        index.remove("news", "stem-test/en");
    }

    @Test
    void theRealRecordIsFoundAndRanked() {
        SearchResults r = search.search(SearchQuery.of("åbne data borgere medier", Lang.DA));
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).title()).isEqualTo("1.1 Flere åbne data til borgere og medier");
        assertThat(r.hits().get(0).path()).isEqualTo("/da/plans/2017-2019/commitments/1.1");
        assertThat(r.hits()).extracting(Hit::rank).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void snippetsAreEscapedAndOnlyTheMatchIsMarked() {
        index.put(new SearchEntry("response", "xss-test", null, null, null, 2017, "Svar", null,
                "<script>alert(1)</script> Forslag: 5 < 6 & en ny handlingsplan <b>nu</b> \"citat\"", null, "/consultations"));
        Hit hit = search.search(new SearchQuery("handlingsplan", Lang.DA, "response", null, null, null, 2017, 1)).hits()
                .stream().filter(h -> h.title().equals("Svar")).findFirst().orElseThrow();
        // ts_headline drops markup; whatever text remains is escaped, and only the match is marked
        assertThat(hit.snippetHtml()).contains("<mark>handlingsplan</mark>", "&amp;", "&quot;citat&quot;")
                .doesNotContain("<script", "<b>", "< 6");
        index.remove("response", "xss-test");
    }

    @Test
    void theSnippetOfALongTextShowsTheWordHoweverItIsWritten() {
        // the snippet is cut from a window around the word's first occurrence: it is found as written, capitalised,
        // in capitals and, failing those, in the lower-cased text
        List<String> forms = List.of("kystfiskeriet", "Kystfiskeriet", "KYSTFISKERIET", "kystFiskeriet");
        for (int i = 0; i < forms.size(); i++) {
            index.put(new SearchEntry("document", "snippet-window/" + i, null, null, null, 2031, "Vindue " + i, null,
                    FILLER + "Her nævnes " + forms.get(i) + " en enkelt gang. " + FILLER, null, "/library"));
        }
        try {
            List<Hit> hits = search.search(new SearchQuery("kystfiskeriet", Lang.DA, "document", null, null, null, 2031, 1)).hits();
            assertThat(hits).hasSize(forms.size());
            for (int i = 0; i < forms.size(); i++) {
                String title = "Vindue " + i;
                assertThat(hits.stream().filter(h -> h.title().equals(title)).findFirst().orElseThrow().snippetHtml())
                        .as(forms.get(i)).contains("<mark>" + forms.get(i) + "</mark>");
            }
        } finally {
            for (int i = 0; i < forms.size(); i++) {
                index.remove("document", "snippet-window/" + i);
            }
        }
    }

    @Test
    void theSnippetShowsBothWordsOfAQueryWhenTheyFirstOccurFarApart() {
        index.put(new SearchEntry("document", "snippet-window/far", null, null, null, 2032, "Langt fra hinanden", null,
                "Indledning om kystfiskeriet. " + FILLER + "Til sidst om havneløsninger. " + FILLER, null, "/library"));
        try {
            Hit hit = search.search(new SearchQuery("kystfiskeriet havneløsninger", Lang.DA, "document", null, null, null, 2032, 1))
                    .hits().get(0);
            assertThat(hit.snippetHtml()).contains("<mark>kystfiskeriet</mark>", "<mark>havnel&oslash;sninger</mark>");
        } finally {
            index.remove("document", "snippet-window/far");
        }
    }

    @Test
    void facetsCountAllHitsAndFilterThem() {
        SearchResults all = search.search(SearchQuery.of("data", Lang.DA));
        assertThat(all.facets().get("type")).extracting(FacetValue::value).contains("commitment", "milestone");
        long milestones = count(all, "type", "milestone");
        assertThat(all.total()).isEqualTo(all.facets().get("type").stream().mapToLong(FacetValue::count).sum());
        assertThat(all.facets().get("plan")).extracting(FacetValue::value).contains("2017-2019");

        SearchResults onlyMilestones = search.search(new SearchQuery("data", Lang.DA, "milestone", null, null, null, null, 1));
        assertThat(onlyMilestones.total()).isEqualTo(milestones);
        assertThat(onlyMilestones.hits()).allSatisfy(h -> assertThat(h.kind()).isEqualTo("milestone"));

        SearchResults limited = search.search(new SearchQuery("data", Lang.DA, "commitment", "2017-2019", null, "LIMITED", null, 1));
        assertThat(limited.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.completion()).isEqualTo("LIMITED");
            assertThat(h.planSlug()).isEqualTo("2017-2019");
        });
        SearchResults agency = search.search(new SearchQuery("data", Lang.DA, null, null, "Rigsarkivet", null, null, 1));
        assertThat(agency.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.agency()).isEqualTo("Rigsarkivet"));
        assertThat(agency.facets().get("year")).isNotEmpty();
    }

    @Test
    void aChangedCommitmentIsFoundByItsNewWordsAndNotItsOldOnes() {
        String slug = "9401-9402";
        if (catalog.findPlan(slug).isEmpty()) {
            catalog.definePlan(slug, LocalizedText.of("Søgetestplan", "Search test plan"), LocalDate.of(2017, 1, 1),
                    LocalDate.of(2018, 12, 31), PlanState.IN_IMPLEMENTATION);
        }
        catalog.applyImport(slug, Lang.DA, List.of(content("Problemet er zebrafiskeri i havnen.")), "Test", "test", "test");
        await().atMost(Duration.ofSeconds(20)).until(() -> !search.search(SearchQuery.of("zebrafiskeri", Lang.DA)).hits().isEmpty());

        catalog.applyImport(slug, Lang.DA, List.of(content("Problemet er kamelridning på stranden.")), "Test", "test", "test");
        await().atMost(Duration.ofSeconds(20)).until(() -> !search.search(SearchQuery.of("kamelridning", Lang.DA)).hits().isEmpty());
        assertThat(search.search(SearchQuery.of("zebrafiskeri", Lang.DA)).hits()).isEmpty();
        assertThat(search.search(SearchQuery.of("kamelridning", Lang.DA)).hits().get(0).path())
                .isEqualTo("/da/plans/" + slug + "/commitments/1.1");
    }

    @Test
    void meetingsDocumentsAndNewsAreFoundToo() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !search.search(new SearchQuery("møde OGP-netværket", Lang.DA, "meeting", null, null, null, null, 1)).hits().isEmpty());
        assertThat(search.search(new SearchQuery("møde OGP-netværket", Lang.DA, "meeting", null, null, null, null, 1)).hits()
                .get(0).path()).startsWith("/da/forum/meetings/");
        // the seeded library holds Denmark's plans and evaluations: a word from inside seed 004's text finds it
        assertThat(search.search(new SearchQuery("midtvejsevaluering", Lang.DA, "document", null, null, null, null, 1)).hits())
                .isNotEmpty().allSatisfy(h -> assertThat(h.path()).matches("/da/library/documents/\\d+/file"));
    }

    @Test
    void pageAndApiAnswer() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "handlingsplan").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.results[0].path", Matchers.startsWith("/en/")))
                .andExpect(jsonPath("$.facets.type").isArray())
                .andExpect(jsonPath("$.ranking.recordMatches", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.ranking.newestResponsesOnly").isBoolean());
        mvc.perform(get("/da/search").param("q", "åbne data").param("type", "commitment"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Flere åbne data til borgere og medier")));
        mvc.perform(get("/da/search")).andExpect(status().isOk());
    }

    @Test
    void thePageListsTheTenCommonestValuesOfAFacetAndSaysHowManyMore() throws Exception {
        for (int y = 2000; y < 2013; y++) {
            index.put(new SearchEntry("document", "facet-test/" + y, null, null, null, y, "Årsrapport " + y, null,
                    "Rapporten om lakseopdræt " + "i året ".repeat(y - 1999), null, "/library"));
        }
        try {
            // the API keeps every value; the page lists ten and says that three more exist
            assertThat(search.search(SearchQuery.of("lakseopdræt", Lang.DA)).facets().get("year")).hasSize(13);
            String page = mvc.perform(get("/da/search").param("q", "lakseopdræt"))
                    .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .header().doesNotExist("ETag"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("og 3 værdier mere").contains("year=2005").doesNotContain("year=2012\"");
            // a chosen value beyond the ten is still listed, so that it can be removed
            assertThat(mvc.perform(get("/da/search").param("q", "lakseopdræt").param("year", "2012"))
                    .andReturn().getResponse().getContentAsString()).contains("fjern");
            mvc.perform(get("/api/v1/search").param("q", "lakseopdræt"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().doesNotExist("ETag"));
        } finally {
            for (int y = 2000; y < 2013; y++) {
                index.remove("document", "facet-test/" + y);
            }
        }
    }

    @Test
    void aMissingEntryIsRepairedWithoutRewritingTheOthers() {
        // start from an index that is exactly what the plans say (other tests share this database)
        indexer.rebuild(plans);
        String refs = "SELECT ref FROM search_entry WHERE kind = 'commitment' ORDER BY ref";
        List<String> before = jdbc.sql(refs).query(String.class).list();
        java.util.Map<String, Object> stamps = stamps();
        // two entries lost (a crash between the change and its indexing, say) and one stale left behind
        index.remove("commitment", before.get(0));
        index.remove("commitment", before.get(1));
        index.put(new SearchEntry("commitment", "stale-test/1", "2017-2019", null, null, 2018, "Forældet initiativ", null,
                "Forældet tekst om lyngheder", null, "/plans/2017-2019"));

        indexer.reconcile();

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(refs).query(String.class).list().equals(before));
        java.util.Map<String, Object> after = stamps();
        assertThat(after.keySet()).containsAll(stamps.keySet());
        // the others were not written again: same row versions, same indexing time
        stamps.forEach((ref, stamp) -> {
            if (!ref.equals("commitment:" + before.get(0)) && !ref.equals("commitment:" + before.get(1))) {
                assertThat(after.get(ref)).as(ref).isEqualTo(stamp);
            }
        });
        assertThat(search.search(SearchQuery.of("lyngheder", Lang.DA)).hits()).isEmpty();
    }

    private java.util.Map<String, Object> stamps() {
        return jdbc.sql("SELECT kind || ':' || ref AS k, xmin::text || '@' || indexed_at::text AS v FROM search_entry "
                + "WHERE kind IN ('commitment', 'milestone')").query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    @Test
    void theFacetValuesOfALongEntryStayInItsRow() {
        // a commitment whose tsvector alone is over the TOAST threshold (2 kB): PostgreSQL moved every other long
        // value out of the row, so counting the agency facet fetched each match's agency from the TOAST table
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            text.append("toastord").append(Integer.toString(i * 7919, 36)).append(' ');
        }
        String agency = "Styrelsen for Dataforsyning og Infrastruktur";
        index.put(new SearchEntry("commitment", "toast-test/1", "2017-2019", agency, "LIMITED", 2018, "Langt initiativ",
                null, text.toString(), null, "/plans/2017-2019/commitments/toast-test-with-a-long-path"));
        try {
            var stored = jdbc.sql("SELECT pg_column_toast_chunk_id(tsv_da) IS NOT NULL OR pg_column_size(tsv_da) > 2000 AS big, "
                    + "pg_column_toast_chunk_id(agency) IS NULL AS agency_in_row, pg_column_toast_chunk_id(path) IS NULL AS path_in_row "
                    + "FROM search_entry WHERE kind = 'commitment' AND ref = 'toast-test/1'").query().singleRow();
            assertThat(stored).containsEntry("big", true).containsEntry("agency_in_row", true).containsEntry("path_in_row", true);
            SearchResults results = search.search(new SearchQuery("toastord0", Lang.DA, "commitment", null, null, null, null, 1));
            assertThat(results.facets().get("agency")).extracting(FacetValue::value).containsExactly(agency);
        } finally {
            index.remove("commitment", "toast-test/1");
        }
    }

    @Test
    void frequentWordsAreLookedForInTheNewestResponsesRareOnesInAll() {
        java.time.Instant t = java.time.Instant.parse("2024-03-01T10:00:00Z");
        for (int i = 0; i < 60; i++) {
            index.put(new SearchEntry("response", "walk-test/" + i, null, null, null, 2024, "Svar " + i, null,
                    "Vi foreslår flere kvægbrugsdata til alle", null, null, null, "/consultations/walk-test",
                    t.plusSeconds(60L * i)));
        }
        SearchQuery q = new SearchQuery("kvægbrugsdata", Lang.DA, "response", null, null, null, null, 1);
        try {
            // rare (the statistics of this small database do not list the word): every match is found and counted
            SearchResults all = search.search(q);
            assertThat(all.total()).isEqualTo(60);
            assertThat(all.capped()).isFalse();
            assertThat(all.ranking().newestResponsesOnly()).isFalse();

            // taken as frequent: the newest responses are walked, which says so and gives the total as a lower bound
            search.walkFrom(0);
            SearchResults newest = search.search(q);
            assertThat(newest.ranking().newestResponsesOnly()).isTrue();
            assertThat(newest.ranking().responseWindow()).isEqualTo(Search.RESPONSE_WINDOW);
            assertThat(newest.total()).isEqualTo(60);
            assertThat(newest.capped()).isTrue();
            assertThat(newest.hits()).hasSize(SearchQuery.PAGE_SIZE).allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>"));

            // a walk that finds too few matches in the window (the estimate was wrong) falls back to the index
            SearchResults few = search.search(new SearchQuery("kvægbrugsdata", Lang.DA, "response", null, null, null, 2023, 1));
            assertThat(few.total()).isZero();
            assertThat(few.ranking().newestResponsesOnly()).isFalse();
            // responses have no agency and no completion: such a filter leaves them out without looking
            assertThat(search.search(new SearchQuery("kvægbrugsdata", Lang.DA, null, null, "Rigsarkivet", null, null, 1)).total())
                    .isZero();
        } finally {
            search.walkFrom(Search.WALK_FROM_MATCHES);
            for (int i = 0; i < 60; i++) {
                index.remove("response", "walk-test/" + i);
            }
        }
    }

    @Test
    void aPhraseFindsOnlyTheWordsSideBySide() {
        index.put(new SearchEntry("document", "phrase-test/1", null, null, null, 2022, "Sidestillet", null,
                "Planen giver åbne fiskeridata til alle.", null, "/library"));
        index.put(new SearchEntry("document", "phrase-test/2", null, null, null, 2022, "Spredt", null,
                "Fiskeridata er ikke altid åbne.", null, "/library"));
        try {
            SearchResults r = search.search(new SearchQuery("\"åbne fiskeridata\"", Lang.DA, "document", null, null, null, 2022, 1));
            assertThat(r.hits()).extracting(Hit::title).containsExactly("Sidestillet");
            assertThat(r.total()).isEqualTo(1);
            assertThat(search.search(new SearchQuery("åbne fiskeridata", Lang.DA, "document", null, null, null, 2022, 1)).hits())
                    .extracting(Hit::title).containsExactlyInAnyOrder("Sidestillet", "Spredt");
        } finally {
            index.remove("document", "phrase-test/1");
            index.remove("document", "phrase-test/2");
        }
    }

    private static long count(SearchResults r, String facet, String value) {
        return r.facets().get(facet).stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).sum();
    }

    private static CommitmentContent content(String problem) {
        return new CommitmentContent("1.1", "Søgetestinitiativ", "2017 – 2018", "Rigsarkivet", problem, "Beskrivelse.",
                null, null, null, Completion.LIMITED, null, null, null,
                List.of(new MilestoneContent("En milepæl", "2017", "2018", "I gang")), null, null, null);
    }
}
