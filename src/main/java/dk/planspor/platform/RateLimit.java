package dk.planspor.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * A Bucket4j token bucket per key (a client address, usually): {@code capacity} takes per {@code period}, refilled
 * gradually. Buckets idle for a whole period are full again, so they are forgotten then (at most 100,000 kept).
 */
public final class RateLimit {

    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimit(long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period).build();
    }

    /** Takes one token for {@code key}: 0 when taken, otherwise the seconds to wait for one (at least 1). */
    public long take(String key) {
        Bucket bucket = buckets.get(key == null ? "" : key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }
}
