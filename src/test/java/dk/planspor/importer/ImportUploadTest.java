package dk.planspor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.plans.Completion;
import dk.planspor.plans.PlanCatalog;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator uploads a document, previews the changes field by field, and applies them on confirmation. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext // it changes the 2017-2019 record other tests read
class ImportUploadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PlanCatalog catalog;

    @Test
    void previewShowsTheChangesAndNothingIsSavedUntilConfirmed() throws Exception {
        if (accounts.byUsername("import@digst.test").isEmpty()) {
            accounts.create("import@digst.test", "Koordinator", "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR),
                    "Koordinering-Test-2026!", "test");
        }
        PlansporUser coordinator = accounts.loadUserByUsername("import@digst.test");
        String later = new String(DocumentImporterTest.seed(), StandardCharsets.UTF_8).replaceFirst("\n X   \n", "\n  X  \n");

        String bad = mvc.perform(multipart("/da/admin/import").file(new MockMultipartFile("file", "kage.txt", "text/plain",
                        "Æblekage med flødeskum".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Filen kan ikke indlæses");

        String location = mvc.perform(multipart("/da/admin/import").file(new MockMultipartFile("file", "senere.txt",
                        "text/plain", later.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String preview = mvc.perform(get(location).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Ændringer fra dokumentet", "Initiativ 1.1", "<del>LIMITED</del>", "<ins>SUBSTANTIAL</ins>");
        assertThat(catalog.commitment("2017-2019", "1.1").completion()).as("nothing saved before confirming")
                .isEqualTo(Completion.LIMITED);

        mvc.perform(post(location).with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.commitment("2017-2019", "1.1").completion()).isEqualTo(Completion.SUBSTANTIAL);
        mvc.perform(get(location).with(user(coordinator))).andExpect(status().isNotFound());
    }
}
