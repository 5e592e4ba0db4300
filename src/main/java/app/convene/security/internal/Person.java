package app.convene.security.internal;

import app.convene.shared.BaseEntity;
import app.convene.shared.FormerMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Someone known to Convene, identified by the identity provider's issuer and subject. */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    @Column(nullable = false, length = 300)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "display_name", nullable = false, length = 300)
    private String displayName;

    @Column(length = 320)
    private String email;

    /** The identity provider's {@code email_verified} at the last sign-in. */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(nullable = false)
    private boolean administrator;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The language tag the person reads mail and notices in ({@code en}, {@code es}); null: English. */
    @Column(length = 8)
    private String language;

    protected Person() {
    }

    public Person(String issuer, String subject, String displayName, String email) {
        this.issuer = issuer;
        this.subject = subject;
        this.displayName = displayName;
        this.email = email;
    }

    /**
     * Takes name, email (and whether it is verified) and administrator flag from the identity
     * provider; returns whether anything changed.
     */
    public boolean syncFromProvider(String displayName, String email, boolean emailVerified, boolean administrator,
                                    Instant now) {
        boolean changed = !this.displayName.equals(displayName) || !Objects.equals(this.email, email)
                || this.emailVerified != emailVerified || this.administrator != administrator;
        this.displayName = displayName;
        this.email = email;
        this.emailVerified = emailVerified;
        this.administrator = administrator;
        this.lastLoginAt = now;
        return changed;
    }

    /** The account is closed: no name or email stays; the subject is kept so a new sign-in is refused as closed. */
    public void anonymise(Instant now) {
        this.displayName = FormerMember.label(getId());
        this.email = null;
        this.emailVerified = false;
        this.administrator = false;
        this.closedAt = now;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public String getIssuer() { return issuer; }
    public String getSubject() { return subject; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public boolean isEmailVerified() { return emailVerified; }
    public boolean isAdministrator() { return administrator; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
}
