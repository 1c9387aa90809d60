package dk.planspor.platform;

import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} is on the application's port, behind HTTP Basic for one scrape account
 * ({@code planspor.metrics.username}, default {@code prometheus}; password {@code PLANSPOR_METRICS_PASSWORD}). Without
 * a password nobody can read it. It is kept apart from the staff accounts: the scraper is no user of the platform,
 * and a staff password never sits in Prometheus' configuration. The health probes stay open (they say only UP/DOWN).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class MetricsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${planspor.metrics.username:prometheus}") String username,
            @Value("${planspor.metrics.password:}") String password) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable());
        if (password.isBlank()) {
            LoggerFactory.getLogger(MetricsSecurity.class)
                    .info("/actuator/prometheus is closed: set PLANSPOR_METRICS_PASSWORD to let Prometheus scrape it");
            http.authorizeHttpRequests(a -> a.anyRequest().denyAll());
            return http.build();
        }
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername(username).password(encoder.encode(password)).roles("METRICS").build()));
        provider.setPasswordEncoder(encoder);
        http.authenticationManager(new ProviderManager(List.of(provider)))
                .httpBasic(b -> b.realmName("planspor-metrics"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("METRICS"));
        return http.build();
    }
}
