package dk.planspor.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The standards check of Denmark's real 2017-2019 cycle as a page, JSON and evidence pack. */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pageJsonAndPack() throws Exception {
        String html = mvc.perform(get("/en/plans/2017-2019/standards")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("There is a national OGP website", "judged as of 2019-06-30");
        mvc.perform(get("/api/v1/plans/2017-2019/standards")).andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[*].code", Matchers.contains("1.1", "2.1", "2.2", "3.1", "3.3", "4.1", "5.1")))
                .andExpect(jsonPath("$.requirements[1].state", Matchers.is("MET")));
        byte[] zip = mvc.perform(get("/da/plans/2017-2019/standards/evidence.zip")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("index.json");
        mvc.perform(get("/api/v1/plans/1999-2000/standards")).andExpect(status().isNotFound());
    }
}
