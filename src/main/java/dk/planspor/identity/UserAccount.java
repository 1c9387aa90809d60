package dk.planspor.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in: staff of an organisation, or a participant (citizen, NGO) with a verified
 * e-mail address. The username is the e-mail address, lower case.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    /** Failed logins in a row before the account is locked for {@link #LOCK}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;
    private boolean emailVerified;
    private int failedAttempts;
    private Instant lockedUntil;
    private String oidcSubject;
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, Organisation organisation, Set<Role> roles, Instant now) {
        this.username = normalise(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        requireOrganisationForStaff();
    }

    public static String normalise(String email) {
        return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }

    private void requireOrganisationForStaff() {
        boolean staff = roles.stream().anyMatch(r -> r == Role.AGENCY_EDITOR);
        if (staff && organisation == null) {
            throw new IllegalArgumentException("An agency editor belongs to an organisation");
        }
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void grant(Set<Role> newRoles, Organisation newOrganisation) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        this.organisation = newOrganisation;
        requireOrganisationForStaff();
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName).strip();
    }

    public void setEnabled(boolean value) {
        this.enabled = value;
    }

    public void markEmailVerified() {
        this.emailVerified = true;
    }

    void linkOidc(String subject) {
        this.oidcSubject = subject;
    }

    /** A failed login; the fifth in a row locks the account for a while. @return true when this locked it */
    boolean recordFailure(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public String oidcSubject() {
        return oidcSubject;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public long version() {
        return version;
    }
}
