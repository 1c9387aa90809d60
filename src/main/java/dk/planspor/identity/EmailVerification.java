package dk.planspor.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pending e-mail verification: only the SHA-256 of the token is stored. */
@Entity
@Table(name = "email_verification")
class EmailVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;

    protected EmailVerification() {
    }

    EmailVerification(Long userId, String tokenHash, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    Long userId() {
        return userId;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
