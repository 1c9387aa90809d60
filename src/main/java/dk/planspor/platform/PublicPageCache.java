package dk.planspor.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered bytes of public pages and public API answers ({@code GET /da/…}, {@code /en/…},
 * {@code /api/v1/…}) in a bounded Caffeine cache, with their ETag, so a page that has not changed is
 * served without touching the database or the template engine. Any {@link PublicContentChanged} event,
 * on this node or another ({@link ClusterInvalidation}), empties the cache; while this node cannot hear the
 * other nodes it stores and serves nothing; entries also expire after a few minutes so time-dependent markers (a milestone
 * that has just become late) stay current. Requests with credentials or a session, and staff pages,
 * are never cached. The filter runs before Spring Security and Spring Session: a stored page is
 * answered with the headers the full chain set on it the first time (Content-Security-Policy and the
 * other security headers), so a cached answer is the same answer, only faster.
 */
public class PublicPageCache extends OncePerRequestFilter implements LocalCache {

    /** Headers not replayed from the store: set per response, or never to be shared between users. */
    private static final java.util.Set<String> STORED_ELSEWHERE = java.util.Set.of("etag", "content-type",
            "content-length", "set-cookie", "date", "transfer-encoding", "vary", "x-request-id");

    private final Cache<String, Page> pages;
    private final boolean enabled;
    private volatile boolean listening = true;
    /** Counts the evictions: a page rendered across one is not stored. */
    private final AtomicLong generation = new AtomicLong();
    private final java.util.concurrent.ConcurrentHashMap<String, CompletableFuture<Page>> rendering =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final long WAIT_FOR_RENDERING_MS = 2000;

    PublicPageCache(boolean enabled, Duration ttl, long maxBytes) {
        this.enabled = enabled;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Page page) -> page.body().length + key.length())
                .expireAfterWrite(ttl)
                .recordStats()
                .build();
    }

    /** A stored answer: the body and every header the application set on it (security headers, ETag …). */
    record Page(byte[] body, String contentType, String etag, java.util.Map<String, java.util.List<String>> headers) {
    }

    private static final java.util.regex.Pattern DOWNLOAD = java.util.regex.Pattern.compile("\\.(csv|xlsx|json)$");

    @Override
    public void evictAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    @Override
    public void listening(boolean listening) {
        this.listening = listening;
        evictAll();
    }

    /** For the metrics (cache_gets_total{cache="public-pages"} …). */
    Cache<String, Page> store() {
        return pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!enabled || !listening || !"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean publicPath = path.startsWith("/da/") || path.startsWith("/en/") || path.startsWith("/api/v1/")
                || path.equals("/da") || path.equals("/en");
        boolean staff = path.contains("/admin") || path.contains("/login");
        boolean personal = request.getHeader("Authorization") != null || request.getHeader("Cookie") != null;
        // Dataset downloads stream from the database and can be far larger than the cache (a million responses).
        boolean download = path.startsWith("/api/v1/") && DOWNLOAD.matcher(path).find();
        return !publicPath || staff || personal || download;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                + "|" + request.getHeader("Accept");
        Page cached = pages.getIfPresent(key);
        if (cached != null) {
            write(cached, request, response);
            return;
        }
        // One request renders a missing page; the others asking for it meanwhile (since the same change) wait for
        // that rendering instead of all rendering it at once: after every change, each node's whole cache is empty
        // at the same moment. A request that arrives after a further change does not take a page rendered before it.
        long generation = this.generation.get();
        String renderingKey = generation + "#" + key;
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> inFlight = rendering.putIfAbsent(renderingKey, mine);
        if (inFlight != null) {
            Page rendered = null;
            try {
                rendered = inFlight.get(WAIT_FOR_RENDERING_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // render it here
            }
            if (rendered != null) {
                write(rendered, request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Page page = null;
        try {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader("Set-Cookie")
                    && wrapper.getContentType() != null) {
                java.util.Map<String, java.util.List<String>> headers = new java.util.LinkedHashMap<>();
                for (String name : response.getHeaderNames()) {
                    if (!STORED_ELSEWHERE.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        headers.put(name, java.util.List.copyOf(response.getHeaders(name)));
                    }
                }
                page = new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(), wrapper.getHeader("ETag"), headers);
                // a change committed while this page was rendered may not be in it: then it is not stored (the
                // requests that arrived with this one, before that change, still get it)
                if (listening && this.generation.get() == generation) {
                    pages.put(key, page);
                }
            }
            wrapper.copyBodyToResponse();
        } finally {
            rendering.remove(renderingKey, mine);
            mine.complete(page);
        }
    }

    private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (page.etag() != null) {
            response.setHeader("ETag", page.etag());
            page.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        page.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
