package dk.planspor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The page cache's own rules, on the filter alone: stampedes after a change, and changes during a rendering. */
class PublicPageCacheFilterTest {

    private final PublicPageCache cache = new PublicPageCache(true, Duration.ofMinutes(5), 1 << 20);

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    private static FilterChain rendering(AtomicInteger renders, String body, Runnable during) {
        return (req, res) -> {
            renders.incrementAndGet();
            during.run();
            res.setContentType("text/html;charset=UTF-8");
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    @Test
    void requestsForAPageBeingRenderedWaitForThatRenderingInsteadOfRenderingItToo() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch allArrived = new CountDownLatch(1);
        FilterChain slow = rendering(renders, "<p>plan</p>", () -> {
            try {
                allArrived.await(5, TimeUnit.SECONDS);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(clients.submit(() -> {
                MockHttpServletResponse response = new MockHttpServletResponse();
                cache.doFilter(get("/da/plans/2017-2019"), response, slow);
                return response;
            }));
        }
        Thread.sleep(200); // all eight are in the filter now
        allArrived.countDown();
        for (Future<MockHttpServletResponse> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>plan</p>");
        }
        clients.shutdown();
        assertThat(renders.get()).as("rendered once for eight requests").isEqualTo(1);
    }

    @Test
    void aPageRenderedWhileAChangeCommittedIsNotStored() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        cache.doFilter(get("/da/plans"), new MockHttpServletResponse(), rendering(renders, "old", cache::evictAll));
        MockHttpServletResponse second = new MockHttpServletResponse();
        cache.doFilter(get("/da/plans"), second, rendering(renders, "new", () -> { }));
        assertThat(second.getContentAsString()).as("rendered again, with what the change brought").isEqualTo("new");
        assertThat(renders.get()).isEqualTo(2);
        MockHttpServletResponse third = new MockHttpServletResponse();
        cache.doFilter(get("/da/plans"), third, rendering(renders, "never", () -> { }));
        assertThat(third.getContentAsString()).as("the page rendered after the change is stored").isEqualTo("new");
        assertThat(renders.get()).isEqualTo(2);
    }

    @Test
    void nothingIsStoredWhileTheNodeCannotHearTheOthers() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        cache.listening(false);
        for (int i = 0; i < 2; i++) {
            cache.doFilter(get("/da/plans"), new MockHttpServletResponse(), rendering(renders, "page", () -> { }));
        }
        assertThat(renders.get()).isEqualTo(2);
        cache.listening(true);
        for (int i = 0; i < 2; i++) {
            cache.doFilter(get("/da/plans"), new MockHttpServletResponse(), rendering(renders, "page", () -> { }));
        }
        assertThat(renders.get()).isEqualTo(3);
    }

    @Test
    void aRequestArrivingAfterAChangeDoesNotTakeThePageRenderedBeforeIt() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        Future<MockHttpServletResponse> before = first.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            cache.doFilter(get("/en/plans"), response, rendering(renders, "before the change", () -> {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            return response;
        });
        while (renders.get() == 0) {
            Thread.sleep(5);
        }
        cache.evictAll(); // a change commits while the first rendering runs
        MockHttpServletResponse after = new MockHttpServletResponse();
        Thread second = new Thread(() -> {
            try {
                cache.doFilter(get("/en/plans"), after, rendering(renders, "after the change", () -> { }));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        second.start();
        second.join(5000);
        release.countDown();
        assertThat(before.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("before the change");
        first.shutdown();
        assertThat(after.getContentAsString()).isEqualTo("after the change");
        assertThat(renders.get()).isEqualTo(2);
    }
}
