package dk.planspor.plans;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** JSON API v1 exactly as DESIGN.md §4 fixes it. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsPlansWithCounts() throws Exception {
        mvc.perform(get("/api/v1/plans"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                // other tests in the same context add fixture plans (slugs 9xxx-…); Denmark's five are all there
                .andExpect(jsonPath("$[*].slug", org.hamcrest.Matchers.hasItems("2012", "2013-2014", "2017-2019",
                        "2019-2022", "2023-2025")))
                .andExpect(jsonPath("$[?(@.slug=='2017-2019')].commitmentCount", hasItem(14)))
                .andExpect(jsonPath("$[?(@.slug=='2023-2025')].commitmentCount", hasItem(5)))
                .andExpect(jsonPath("$[?(@.slug=='2013-2014')].periodTo", hasItem("2016-07-01")))
                .andExpect(jsonPath("$[0].slug").exists())
                .andExpect(jsonPath("$[0].title").exists())
                .andExpect(jsonPath("$[0].periodFrom").exists());
    }

    @Test
    void planHasThemesAndCommitmentSummaries() throws Exception {
        mvc.perform(get("/api/v1/plans/2017-2019"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug", is("2017-2019")))
                .andExpect(jsonPath("$.themes", hasSize(4)))
                .andExpect(jsonPath("$.commitments", hasSize(14)))
                .andExpect(jsonPath("$.commitments[0].number", is("1.1")))
                .andExpect(jsonPath("$.commitments[0].title", is("Flere åbne data til borgere og medier")))
                .andExpect(jsonPath("$.commitments[0].leadAgency", is("Rigsarkivet")))
                .andExpect(jsonPath("$.commitments[0]", org.hamcrest.Matchers.hasKey("completion")))
                .andExpect(jsonPath("$.themes[3].commitments[2].number", is("4.3")));
    }

    @Test
    void aCommitmentCarriesItsOgpIdAndItsPageLinksToOgp() throws Exception {
        mvc.perform(get("/api/v1/plans/2017-2019/commitments/1.5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ogpId", is("DK0054")));
        mvc.perform(get("/api/v1/plans/2017-2019/commitments/1.1"))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.hasKey("ogpId")))
                .andExpect(jsonPath("$.ogpId").value(org.hamcrest.Matchers.nullValue()));
        for (String lang : new String[] {"da", "en"}) {
            String html = mvc.perform(get("/" + lang + "/plans/2017-2019/commitments/1.5")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            var link = org.jsoup.Jsoup.parse(html).select("a[href=https://www.opengovpartnership.org/members/denmark/commitments/dk0054/]");
            org.assertj.core.api.Assertions.assertThat(link).as("the OGP link on the %s page", lang).hasSize(1);
            org.assertj.core.api.Assertions.assertThat(link.text()).isEqualTo("DK0054");
            org.assertj.core.api.Assertions.assertThat(html).contains(lang.equals("da") ? "OGP-ID" : "OGP ID");
            String without = mvc.perform(get("/" + lang + "/plans/2017-2019/commitments/1.1")).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(without).as("no OGP row where OGP has no ID")
                    .doesNotContain("opengovpartnership.org/members/denmark/commitments");
        }
    }

    @Test
    void commitmentUsesImportDocumentFieldNames() throws Exception {
        mvc.perform(get("/api/v1/plans/2017-2019/commitments/1.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number", is("1.1")))
                .andExpect(jsonPath("$.title", is("Flere åbne data til borgere og medier")))
                .andExpect(jsonPath("$.period", is("2017 – medio 2019")))
                .andExpect(jsonPath("$.periodInterval.from", is("2017-01-01")))
                .andExpect(jsonPath("$.periodInterval.to", is("2019-08-31")))
                .andExpect(jsonPath("$.leadAgency", is("Rigsarkivet")))
                .andExpect(jsonPath("$.milestones").isArray())
                .andExpect(jsonPath("$", org.hamcrest.Matchers.hasKey("problem")))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.hasKey("additionalInformation")))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.hasKey("otherNonGovernmentActors")))
                .andExpect(jsonPath("$.en.title", is("More open data for citizens and media")));
    }

    @Test
    void unknownPlanOrCommitmentIsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/plans/1999-2000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.detail", is("There is no action plan called \"1999-2000\".")));
        mvc.perform(get("/api/v1/plans/2017-2019/commitments/7.7"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title", is("Not Found")));
    }

    @Test
    void openApiDescribesTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/plans']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{slug}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{slug}/commitments/{number}']").exists());
    }
}
