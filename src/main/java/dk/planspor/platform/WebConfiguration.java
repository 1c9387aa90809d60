package dk.planspor.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Language from the URL ({@code /da/…}, {@code /en/…}), the root redirect and HTTP caching. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Spring Security's filter chain runs at order -100 (SecurityProperties.DEFAULT_FILTER_ORDER). */
    static final int AFTER_SECURITY = -100;

    /** After Boot's character-encoding filter, before Spring Session (order MIN_VALUE + 50) and security. */
    static final int BEFORE_SECURITY = Integer.MIN_VALUE + 40;

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/da/");
    }

    /** The page language is the first path segment; anything else (API, errors outside /da, /en) is Danish. */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return langOf(request).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen by the URL");
            }
        };
    }

    static Lang langOf(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        if (path.startsWith("/en/") || path.equals("/en")) {
            return Lang.EN;
        }
        return Lang.DA;
    }

    /** ETags on pages and API answers: a client that has the current version gets 304 and no body. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/da/*", "/en/*", "/api/*");
        bean.setName("etagFilter");
        bean.setOrder(AFTER_SECURITY + 20);
        return bean;
    }

    @Bean
    PublicPageCache publicPageCache(@Value("${planspor.page-cache.enabled:true}") boolean enabled,
            @Value("${planspor.page-cache.ttl:5m}") Duration ttl,
            @Value("${planspor.page-cache.max-bytes:67108864}") long maxBytes,
            io.micrometer.core.instrument.MeterRegistry meters) {
        PublicPageCache cache = new PublicPageCache(enabled, ttl, maxBytes);
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(meters, cache.store(), "public-pages");
        return cache;
    }

    /** First of all: the request id is in every log line of the request, the page cache's included. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> bean = new FilterRegistrationBean<>(new RequestIdFilter());
        bean.setName("requestId");
        bean.setOrder(Integer.MIN_VALUE);
        return bean;
    }

    /**
     * Runs before Spring Session and Spring Security (a stored public page needs neither, and it replays
     * the headers they set), and before the ETag filter (so that it stores each page with its ETag).
     */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> bean = new FilterRegistrationBean<>(cache);
        bean.setName("publicPageCache");
        bean.setOrder(BEFORE_SECURITY);
        return bean;
    }
}
