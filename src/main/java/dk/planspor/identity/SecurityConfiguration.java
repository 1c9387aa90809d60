package dk.planspor.identity;

import dk.planspor.platform.PublicWrites;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what over HTTP. Public pages and public API reads are open; staff pages under
 * {@code /{lang}/admin/} need a staff role, and every other write needs a signed-in user. Finer rules
 * (an agency editor only edits their own agency's commitments) are checked by the use cases.
 * CSRF protection on every form, session fixation protection, a strict Content-Security-Policy (no inline
 * scripts), and the login form at {@code /{lang}/login} with Spring Security's field names.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher NONE = request -> false;

    /**
     * No Micrometer observation per security filter: with actuator present Spring Security would wrap each of the
     * ~15 filters in an observation (timers and tags per filter, twice per request), which cost about a sixth of the
     * CPU of a submission (bench/submissions.sh). Nothing reads those metrics; the request observation
     * ({@code http.server.requests}) stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    OidcClients oidcClients(OAuth2ClientProperties properties) {
        return new OidcClients(properties);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The filter chain exists only in the web application, not for a command-line import. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, OidcClients oidcClients,
            OidcAccountService oidcAccounts, ObjectProvider<PublicWrites> publicWrites) throws Exception {
        List<RequestMatcher> anonymousPosts = new ArrayList<>();
        List<RequestMatcher> csrfExempt = new ArrayList<>();
        publicWrites.orderedStream().forEach(w -> {
            w.anonymousPosts().forEach(p -> anonymousPosts.add(PATHS.matcher(HttpMethod.POST, p)));
            w.csrfExempt().forEach(p -> csrfExempt.add(PATHS.matcher(p)));
        });
        RequestMatcher loginPost = new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/da/login"),
                PATHS.matcher(HttpMethod.POST, "/en/login"));
        RequestMatcher logout = new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/da/logout"),
                PATHS.matcher(HttpMethod.POST, "/en/logout"));
        RequestMatcher staffPages = new OrRequestMatcher(PATHS.matcher("/da/admin/**"), PATHS.matcher("/en/admin/**"),
                PATHS.matcher("/da/admin"), PATHS.matcher("/en/admin"));
        // a page shown to a signed-in user carries their name (and /follows their follows): never stored by a
        // browser or a shared cache, like the staff pages and the login form
        RequestMatcher signedIn = request -> {
            org.springframework.security.core.Authentication a =
                    org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            return a != null && a.isAuthenticated()
                    && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        };
        // (the reset page's address holds its token: kept out of every cache as well)
        RequestMatcher personal = new OrRequestMatcher(staffPages, PATHS.matcher("/da/login"), PATHS.matcher("/en/login"),
                PATHS.matcher("/da/login/**"), PATHS.matcher("/en/login/**"), PATHS.matcher("/da/account/**"),
                PATHS.matcher("/en/account/**"),
                PATHS.matcher("/da/follows"), PATHS.matcher("/en/follows"), signedIn);

        http.authorizeHttpRequests(a -> a
                        .requestMatchers(staffPages).hasAnyRole("COORDINATOR", "AGENCY_EDITOR", "FORUM_CHAIR", "MODERATOR")
                        .requestMatchers(PATHS.matcher("/da/account/**"), PATHS.matcher("/en/account/**")).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(loginPost).permitAll()
                        .requestMatchers(HttpMethod.POST, "/da/signup", "/en/signup").permitAll()
                        .requestMatchers(HttpMethod.POST, "/da/login/forgot", "/en/login/forgot", "/da/login/reset", "/en/login/reset")
                        .permitAll()
                        .requestMatchers(anonymousPosts.isEmpty() ? NONE : new OrRequestMatcher(anonymousPosts)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f
                        .loginPage("/da/login")
                        .loginProcessingUrl("/da/login")
                        .successHandler(successHandler())
                        .failureHandler(new LanguageAwareFailureHandler())
                        .withObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                            @Override
                            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                                filter.setRequiresAuthenticationRequestMatcher(loginPost);
                                return filter;
                            }
                        }))
                .logout(l -> l.logoutRequestMatcher(logout)
                        .logoutSuccessHandler((req, res, auth) -> res.sendRedirect(req.getContextPath() + "/" + lang(req) + "/?loggedOut")))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) ->
                        new LoginUrlAuthenticationEntryPoint("/" + lang(req) + "/login").commence(req, res, ex)))
                .csrf(c -> c.ignoringRequestMatchers(csrfExempt.isEmpty() ? NONE : new OrRequestMatcher(csrfExempt)))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                        // Public pages are revalidated with their ETag; personal pages are never stored.
                        .cacheControl(c -> c.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(personal, new CacheControlHeadersWriter())));
        if (oidcClients.configured()) {
            http.oauth2Login(o -> o
                    .loginPage("/da/login")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcAccounts))
                    .successHandler(successHandler())
                    .failureHandler(new LanguageAwareFailureHandler()));
        }
        return http.build();
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
                var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
                boolean staff = auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> !a.getAuthority().equals(Role.PARTICIPANT.authority()) && a.getAuthority().startsWith("ROLE_"));
                return "/" + lang(request) + (staff ? "/admin/" : "/");
            }
        };
        return handler;
    }

    static String lang(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/en/") || path.equals("/en") ? "en" : "da";
    }

    /** A failed login goes back to the form in the same language, keeping no password. */
    static final class LanguageAwareFailureHandler extends SimpleUrlAuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception) throws java.io.IOException {
            String reason = exception instanceof org.springframework.security.authentication.LockedException ? "locked"
                    : exception instanceof org.springframework.security.authentication.DisabledException ? "unverified" : "error";
            getRedirectStrategy().sendRedirect(request, response, "/" + lang(request) + "/login?" + reason);
        }
    }
}
