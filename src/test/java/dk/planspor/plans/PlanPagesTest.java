package dk.planspor.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every public page in Danish and English, on the real embedded PostgreSQL with Denmark's record. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesTest {

    @Autowired
    MockMvc mvc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void rootRedirectsToDanish() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/da/"));
    }

    @Test
    void frontPageShowsCurrentPlanAndTimelineInBothLanguages() throws Exception {
        String da = page("/da/");
        assertThat(da).contains("<html lang=\"da\"", "Gå til sidens indhold", "href=\"/en/\"",
                "Den aktuelle handlingsplan", "2023-2025", "2017–2019", "2012–2013", "Brødkrumme");
        String en = page("/en/");
        assertThat(en).contains("<html lang=\"en\"", "Skip to main content", "href=\"/da/\"",
                "The current action plan", "Action plans over time");
    }

    @Test
    void plansListShowsAllFivePlans() throws Exception {
        String da = page("/da/plans");
        for (String slug : new String[] {"2012", "2013-2014", "2017-2019", "2019-2022", "2023-2025"}) {
            assertThat(da).contains("href=\"/da/plans/" + slug + "\"");
        }
        assertThat(page("/en/plans")).contains("Action plans", "href=\"/en/plans/2017-2019\"");
    }

    @Test
    void planPageShowsThemesCommitmentsAndCompletionCounts() throws Exception {
        String da = page("/da/plans/2017-2019");
        assertThat(da).contains("Flere og bedre åbne data", "En global indsats for åbenhed",
                "href=\"/da/plans/2017-2019/commitments/1.1\"", "href=\"/da/plans/2017-2019/commitments/4.3\"",
                "Flere åbne data til borgere og medier", "Rigsarkivet", "Gennemførelse", "Ikke påbegyndt");
        String en = page("/en/plans/2017-2019");
        assertThat(en).contains("More and better open data", "More open data for citizens and media",
                "Danish National Archives", "Completion", "Substantial");
    }

    @Test
    void commitmentPageShowsTemplateFieldsContactAndActorsHeadings() throws Exception {
        String da = page("/da/plans/2017-2019/commitments/1.1");
        assertThat(da).contains("Flere åbne data til borgere og medier", "Hvilket samfundsproblem adresserer initiativet?",
                "Hvad indeholder initiativet?", "Yderligere information", "Kontaktinformation",
                "Involverede statslige aktører", "2017 – medio 2019", "Rigsarkivet");
        String en = page("/en/plans/2017-2019/commitments/1.1");
        assertThat(en).contains("More open data for citizens and media", "What is the public problem",
                "Contact information", "Other actors involved");
    }

    @Test
    void englishPageFallsBackToDanishWithLangAndNote() throws Exception {
        // The 2023-2025 commitments are translated, but not every lead agency has an English name.
        String en = page("/en/plans/2017-2019");
        assertThat(en).contains("<span lang=\"da\">Sundheds- og Ældreministeriet</span>",
                "This text is only available in Danish.");
        // 2013-2014 themes 1-3 are only known by their English titles: the Danish page says so.
        String da = page("/da/plans/2013-2014");
        assertThat(da).contains("lang=\"en\"", "Teksten findes kun på engelsk.");
    }

    @Test
    void unknownPlanAndCommitmentGive404InTheUsersLanguage() throws Exception {
        String da = mvc.perform(get("/da/plans/1999-2000")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(da).contains("Siden blev ikke fundet", "1999-2000", "<html lang=\"da\"");
        String en = mvc.perform(get("/en/plans/2017-2019/commitments/9.9")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Page not found", "no commitment numbered 9.9", "<html lang=\"en\"");
        String enPlan = mvc.perform(get("/en/plans/nope/commitments/1.1")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(enPlan).contains("There is no action plan called");
    }

    @Test
    void pagesCarryAnEtagAndAnswer304WhenUnchanged() throws Exception {
        String etag = mvc.perform(get("/da/plans/2017-2019")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/da/plans/2017-2019").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }
}
