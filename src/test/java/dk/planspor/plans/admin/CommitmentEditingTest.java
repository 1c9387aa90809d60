package dk.planspor.plans.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.PlanCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editing a commitment and its milestones: reasons, inline errors, conflicts, the public history. */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentEditingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    dk.planspor.tracking.AdjustmentLedger ledger;

    PlansporUser editor;

    @BeforeEach
    void fixture() {
        AdminFixture.ensure(catalog, accounts);
        editor = AdminFixture.principal(accounts, "editor@sa.test");
    }

    private String url(String number) {
        return "/da/admin/plans/" + AdminFixture.SLUG + "/commitments/" + number;
    }

    /** The edit form as the browser would post it: the current values, with {@code overrides} typed over them. */
    private MockHttpServletRequestBuilder filled(String lang, String number, long version, String... overrides) {
        Commitment c = catalog.commitment(AdminFixture.SLUG, number);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("titleDa", c.title().da());
        fields.put("titleEn", "Test commitment");
        fields.put("problemDa", c.template().problem().da());
        fields.put("descriptionDa", c.template().description().da());
        fields.put("contributionDa", c.template().contribution().da());
        fields.put("relevanceDa", c.template().relevance().da());
        fields.put("resultsDa", c.results().da());
        fields.put("nextStepsDa", c.nextSteps().da());
        fields.put("period", c.period().text());
        fields.put("completion", c.completion() == null ? "" : c.completion().name());
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/" + lang + "/admin/plans/" + AdminFixture.SLUG + "/commitments/" + number)
                .with(csrf()).with(user(editor));
        fields.forEach((k, v) -> request.param(k, v == null ? "" : v));
        return request;
    }

    @Test
    void editFormShowsBothLanguagesSideBySide() throws Exception {
        String html = mvc.perform(get(url(AdminFixture.OWN)).with(user(editor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("name=\"problemDa\"", "name=\"problemEn\"", "name=\"reason\"", "name=\"_csrf\"",
                "Dansk", "Engelsk", "Fortolket som 2017-01-01 – 2019-08-31");
    }

    @Test
    void missingReasonAndUnreadableDateAreInlineErrorsAndTheFormKeepsWhatWasTyped() throws Exception {
        long version = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN).version();
        String html = mvc.perform(filled("da", AdminFixture.OWN, version, "problemDa", "Min nye tekst om problemet", "period", "blåbær 2017", "reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Skriv en begrundelse for ændringen", "Datoen „blåbær 2017“ kan ikke læses",
                "Min nye tekst om problemet", "Intet er gemt endnu");
        String en = mvc.perform(filled("en", AdminFixture.OWN, version, "reason", " ")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Give a reason for the change");
        assertThat(catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN).version()).isEqualTo(version);
    }

    @Test
    void savedEditAppearsInThePublicHistoryWithItsReason() throws Exception {
        long version = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN).version();
        mvc.perform(filled("da", AdminFixture.OWN, version, "nextStepsDa", "Datasættene lægges ud i 2019.", "completion", "SUBSTANTIAL", "reason", "Status efter styregruppemøde"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url(AdminFixture.OWN)));
        Commitment after = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN);
        assertThat(after.nextSteps().da()).isEqualTo("Datasættene lægges ud i 2019.");
        assertThat(after.version()).isGreaterThan(version);
        String history = mvc.perform(get("/da/plans/" + AdminFixture.SLUG + "/commitments/1.1/history"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Status efter styregruppemøde", "<ins>Datasættene lægges ud i 2019.</ins>",
                "<ins>SUBSTANTIAL</ins>", "editor", "(Rigsarkivet)").doesNotContain("editor@sa.test");
        assertThat(ledger.forCommitment(AdminFixture.SLUG, "1.1").get(0).authorAccount())
                .as("the audit keeps the account, the public page shows the name").isEqualTo("editor@sa.test");
    }

    @Test
    void secondSaveOfTheSameVersionShowsAConflictWithBothVersionsAndLosesNothing() throws Exception {
        long version = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN).version();
        mvc.perform(filled("da", AdminFixture.OWN, version, "relevanceDa", "Kollegaens relevans.", "reason", "Kollega retter")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(filled("da", AdminFixture.OWN, version, "relevanceDa", "Min relevans.", "reason", "Jeg retter"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Initiativet er ændret af en anden", "Min relevans.", "Kollegaens relevans.",
                "Din version (ikke gemt)", "Gemt version");
        assertThat(catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN).template().relevance().da())
                .isEqualTo("Kollegaens relevans.");
    }

    @Test
    void milestonesAreAddedEditedMovedAndRemovedWithReasons() throws Exception {
        String base = url(AdminFixture.OWN) + "/milestones";
        long v = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN).version();
        String bad = mvc.perform(post(base).with(csrf()).with(user(editor)).param("version", String.valueOf(v))
                        .param("titleDa", "Tredje milepæl").param("start", "2019").param("end", "13. kvartal 2019")
                        .param("reason", "Ny leverance"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(bad))
                .contains("Datoen „13. kvartal 2019“ kan ikke læses", "value=\"Tredje milepæl\"");
        mvc.perform(post(base).with(csrf()).with(user(editor)).param("version", String.valueOf(v))
                        .param("titleDa", "Tredje milepæl").param("start", "2019").param("end", "4. kvartal 2019")
                        .param("status", "Ikke påbegyndt").param("reason", "Ny leverance aftalt"))
                .andExpect(status().is3xxRedirection());
        Commitment c = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN);
        assertThat(c.milestones()).extracting(m -> m.title().da()).endsWith("Tredje milepæl");
        var third = c.milestones().get(c.milestones().size() - 1);
        assertThat(third.end().to()).isEqualTo(java.time.LocalDate.of(2019, 12, 31));
        mvc.perform(post(base + "/" + third.id()).with(csrf()).with(user(editor)).param("version", String.valueOf(c.version()))
                        .param("titleDa", "Tredje milepæl").param("start", "2019").param("end", "ultimo 2020")
                        .param("status", "I gang").param("reason", "Forsinket af leverandør"))
                .andExpect(status().is3xxRedirection());
        c = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN);
        mvc.perform(post(base + "/" + third.id() + "/move").with(csrf()).with(user(editor)).param("direction", "-1")
                .param("version", String.valueOf(c.version())).param("reason", "Rækkefølge")).andExpect(status().is3xxRedirection());
        c = catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN);
        assertThat(c.milestones().get(c.milestones().size() - 2).title().da()).isEqualTo("Tredje milepæl");
        mvc.perform(post(base + "/" + third.id() + "/delete").with(csrf()).with(user(editor))
                .param("version", String.valueOf(c.version())).param("reason", "")).andExpect(status().isOk());
        mvc.perform(post(base + "/" + third.id() + "/delete").with(csrf()).with(user(editor))
                .param("version", String.valueOf(c.version())).param("reason", "Udgår efter aftale"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.commitment(AdminFixture.SLUG, AdminFixture.OWN).milestones())
                .extracting(m -> m.title().da()).doesNotContain("Tredje milepæl");
        String history = mvc.perform(get("/da/plans/" + AdminFixture.SLUG + "/commitments/1.1/history"))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Ny leverance aftalt", "Forsinket af leverandør", "<del>4. kvartal 2019</del>",
                "<ins>ultimo 2020</ins>", "Rækkefølge", "Udgår efter aftale");
    }
}
