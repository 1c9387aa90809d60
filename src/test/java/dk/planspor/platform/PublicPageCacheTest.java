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
    @Autowired
    ClusterInvalidation cluster;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

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

    private boolean servedFromCache(String url) throws Exception {
        StatementsOfThisThread.reset();
        fetch(url);
        return StatementsOfThisThread.count() == 0;
    }

    private void awaitTrue(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
    }

    @Test
    void aNotificationFromAnotherNodeEmptiesTheCacheWithinASecond() throws Exception {
        awaitTrue(cluster::listening, 10_000);
        assertThat(cluster.listening()).isTrue();
        fetch("/da/plans/2017-2019");
        assertThat(servedFromCache("/da/plans/2017-2019")).isTrue();
        // what another node's committed change sends (with its own node id)
        jdbc.queryForList("SELECT pg_notify('planspor_changed', 'another-node')");
        long t0 = System.nanoTime();
        awaitTrue(() -> cache.store().estimatedSize() == 0, 1000);
        assertThat(cache.store().estimatedSize()).as("emptied by the other node's notification").isZero();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
    }

    @Test
    void aChangeInATransactionEmptiesTheCacheOnlyWhenItCommits() throws Exception {
        fetch("/en/plans");
        tx.executeWithoutResult(status -> {
            events.publishEvent(new PublicContentChanged() { });
            assertThat(cache.store().estimatedSize()).as("not before the commit").isPositive();
            status.setRollbackOnly();
        });
        assertThat(servedFromCache("/en/plans")).as("a rolled-back change empties nothing").isTrue();
        tx.executeWithoutResult(status -> events.publishEvent(new PublicContentChanged() { }));
        assertThat(cache.store().estimatedSize()).as("emptied right after the commit, on this node").isZero();
    }

    @Test
    void whileTheListeningConnectionIsLostNothingIsCachedAndItComesBackEmpty() throws Exception {
        awaitTrue(cluster::listening, 10_000);
        fetch("/da/plans");
        assertThat(servedFromCache("/da/plans")).isTrue();
        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'planspor-listen'"
                + " AND datname = current_database()");
        awaitTrue(() -> !cluster.listening(), 10_000);
        assertThat(cluster.listening()).as("the lost connection is noticed").isFalse();
        // a notification sent now would be missed: nothing may be served from (or kept in) the cache meanwhile
        assertThat(servedFromCache("/da/plans")).isFalse();
        awaitTrue(cluster::listening, 15_000);
        assertThat(cluster.listening()).as("it reconnects by itself").isTrue();
        fetch("/da/plans");
        assertThat(servedFromCache("/da/plans")).isTrue();
    }
}
