package dk.planspor.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, in Danish time; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(COPENHAGEN);
    }
}
