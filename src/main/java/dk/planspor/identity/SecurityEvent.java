package dk.planspor.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit log of sign-ins: successes, failures, lock-outs and sign-outs, with the address they came from. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public enum Type {
        LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, LOGOUT, USER_CREATED, USER_CHANGED, RESET_REQUESTED, PASSWORD_RESET,
        PASSWORD_CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Type type;

    private String username;
    private String remoteAddress;
    private String detail;
    private String actor;
    private Instant occurredAt;

    protected SecurityEvent() {
    }

    SecurityEvent(Type type, String username, String remoteAddress, String detail, String actor, Instant at) {
        this.type = type;
        this.username = username;
        this.remoteAddress = remoteAddress;
        this.detail = detail;
        this.actor = actor;
        this.occurredAt = at;
    }

    public Type type() {
        return type;
    }

    public String username() {
        return username;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public String detail() {
        return detail;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
