package dk.planspor.consultation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.planspor.consultation.ConsultationException.Kind;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits submissions per client IP address with a Bucket4j token bucket: {@code planspor.consultation.rate-limit}
 * per minute (default 20), refilled gradually. Benchmarks raise the property. Behind a proxy the address is the
 * one Spring's forwarded-header handling gives ({@code server.forward-headers-strategy}).
 */
@Component
public class SubmissionRateLimiter {

    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    SubmissionRateLimiter(@Value("${planspor.consultation.rate-limit:20}") long perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one token for {@code clientIp}, or refuses with 429 and the seconds to wait. */
    public void check(String clientIp) {
        Bucket bucket = buckets.get(clientIp, ip -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            throw new ConsultationException(Kind.TOO_MANY, "consultation.tooMany", seconds);
        }
    }
}
