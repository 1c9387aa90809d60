package dk.planspor.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** A signed-in user's mail settings: address, language, delivery, and the unsubscribe token. */
@Entity
@Table(name = "subscriber")
public class Subscriber {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    private String email;
    private String lang;
    @Enumerated(EnumType.STRING)
    private Delivery delivery;
    @Column(name = "unsubscribe_token")
    private String unsubscribeToken;
    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Subscriber() {
    }

    Subscriber(long accountId, String email, String lang, Instant now) {
        this.accountId = accountId;
        this.email = email;
        this.lang = lang;
        this.delivery = Delivery.IMMEDIATE;
        this.unsubscribeToken = newToken();
        this.createdAt = now;
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Following something again after unsubscribing turns mail back on. */
    void resume(String currentEmail, String currentLang) {
        this.email = currentEmail;
        this.lang = currentLang;
        this.unsubscribedAt = null;
    }

    void unsubscribe(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
        }
    }

    void deliver(Delivery newDelivery) {
        this.delivery = newDelivery;
    }

    public boolean active() {
        return unsubscribedAt == null;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String lang() {
        return lang;
    }

    public Delivery delivery() {
        return delivery;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant unsubscribedAt() {
        return unsubscribedAt;
    }
}
