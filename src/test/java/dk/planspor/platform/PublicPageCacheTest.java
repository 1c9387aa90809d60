package dk.planspor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
    EntityManagerFactory emf;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PublicPageCache cache;

    Statistics stats;

    @BeforeEach
    void reset() {
        cache.evictAll();
        stats = emf.unwrap(SessionFactory.class).getStatistics();
    }

    private MvcResult fetch(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
    }

    @Test
    void secondRequestIsServedWithoutTheDatabaseWithTheSameBodyAndEtag() throws Exception {
        MvcResult first = fetch("/da/plans/2017-2019/commitments/1.1");
        stats.clear();
        MvcResult second = fetch("/da/plans/2017-2019/commitments/1.1");
        assertThat(stats.getPrepareStatementCount()).isZero();
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
        stats.clear();
        fetch("/en/plans/2017-2019");
        assertThat(stats.getPrepareStatementCount()).isPositive();
    }

    @Test
    void requestsWithASessionAndNotFoundPagesAreNotCached() throws Exception {
        fetch("/da/plans");
        stats.clear();
        mvc.perform(get("/da/plans").cookie(new Cookie("SESSION", "x"))).andExpect(status().isOk());
        assertThat(stats.getPrepareStatementCount()).as("a signed-in user always gets a fresh page").isPositive();
        mvc.perform(get("/da/plans/0000")).andExpect(status().isNotFound());
        stats.clear();
        mvc.perform(get("/da/plans/0000")).andExpect(status().isNotFound());
        assertThat(stats.getPrepareStatementCount()).isPositive();
    }
}
