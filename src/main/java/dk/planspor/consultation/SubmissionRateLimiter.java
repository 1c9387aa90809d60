package dk.planspor.consultation;

import dk.planspor.consultation.ConsultationException.Kind;
import dk.planspor.platform.RateLimit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits submissions per client IP address with a token bucket ({@link RateLimit}): {@code planspor.consultation.rate-limit}
 * per minute (default 20), refilled gradually. Benchmarks raise the property. Behind a proxy the address is the
 * one Spring's forwarded-header handling gives ({@code server.forward-headers-strategy}).
 */
@Component
public class SubmissionRateLimiter {

    private final RateLimit limit;

    SubmissionRateLimiter(@Value("${planspor.consultation.rate-limit:20}") long perMinute) {
        this.limit = new RateLimit(perMinute, Duration.ofMinutes(1));
    }

    /** Takes one token for {@code clientIp}, or refuses with 429 and the seconds to wait. */
    public void check(String clientIp) {
        long seconds = limit.take(clientIp);
        if (seconds > 0) {
            throw new ConsultationException(Kind.TOO_MANY, "consultation.tooMany", seconds);
        }
    }
}
