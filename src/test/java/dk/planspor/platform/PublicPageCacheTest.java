package dk.planspor.platform;

import dk.planspor.StatementsOfThisThread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Public pages are served from the page cache until a change event empties it. */
@SpringBootTest(properties = "planspor.page-cache.enabled=true")
@AutoConfigureMockMvc
class PublicPageCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PublicPageCache cache;

    @BeforeEach
    void reset() {
        cache.evictAll();
    }

    private MvcResult fetch(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
    }

    @Test
    void secondRequestIsServedWithoutTheDatabaseWithTheSameBodyAndEtag() throws Exception {
        MvcResult first = fetch("/da/plans/2017-2019/commitments/1.1");
        StatementsOfThisThread.reset();
        MvcResult second = fetch("/da/plans/2017-2019/commitments/1.1");
        assertThat(StatementsOfThisThread.count()).isZero();
        assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(second.getResponse().getHeader("ETag")).isEqualTo(first.getResponse().getHeader("ETag")).isNotBlank();
        assertThat(second.getResponse().getContentType()).startsWith("text/html");
        assertThat(second.getResponse().getHeader("Content-Security-Policy"))
                .as("a cached answer carries the same security headers").contains("script-src 'self'")
                .isEqualTo(first.getResponse().getHeader("Content-Security-Policy"));
        assertThat(second.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        mvc.perform(get("/da/plans/2017-2019/commitments/1.1").header("If-None-Match", first.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void aChangeEventEmptiesTheCache() throws Exception {
        fetch("/en/plans/2017-2019");
        events.publishEvent(new PublicContentChanged() { });
        StatementsOfThisThread.reset();
        fetch("/en/plans/2017-2019");
        assertThat(StatementsOfThisThread.count()).isPositive();
    }

    @Test
    void requestsWithASessionAndNotFoundPagesAreNotCached() throws Exception {
        fetch("/da/plans");
        StatementsOfThisThread.reset();
        mvc.perform(get("/da/plans").cookie(new Cookie("SESSION", "x"))).andExpect(status().isOk());
        assertThat(StatementsOfThisThread.count()).as("a signed-in user always gets a fresh page").isPositive();
        mvc.perform(get("/da/plans/0000")).andExpect(status().isNotFound());
        StatementsOfThisThread.reset();
        mvc.perform(get("/da/plans/0000")).andExpect(status().isNotFound());
        assertThat(StatementsOfThisThread.count()).isPositive();
    }
}
