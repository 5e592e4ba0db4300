package app.convene.stakeholders;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeStatus;
import app.convene.security.AuditLog;
import app.convene.stakeholders.internal.ConfirmationQueries;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A repeat registration for an email Convene already knows changes nothing until that mailbox
 * confirms it: the new answers are kept aside and the mailbox gets a link (random, single use,
 * valid {@link #LINK_LIFETIME}). Only the link's hash is stored. Following the link (public: the
 * link is the proof) applies the answers.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationConfirmations {

    /** The confirmation page's address; the token follows it. */
    public static final String LINK_PATH = "join/confirm";
    /** How long a mailed confirmation link works. */
    public static final Duration LINK_LIFETIME = Duration.ofHours(24);
    private static final Duration FORGET_AFTER = Duration.ofDays(30);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConfirmationQueries queries;
    private final InitiativeDirectory initiatives;
    private final RegistrationWriter writer;
    private final AuditLog audit;
    private final RegistrationNotices notices;
    private final Clock clock;

    RegistrationConfirmations(ConfirmationQueries queries, InitiativeDirectory initiatives, RegistrationWriter writer,
                              AuditLog audit, RegistrationNotices notices, Clock clock) {
        this.queries = queries;
        this.initiatives = initiatives;
        this.writer = writer;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * What a confirmation link is (or was). {@code CLOSED}: the link itself is still good, but its initiative is no
     * longer published (back to draft or archived), so nothing is applied.
     */
    public enum LinkState { VALID, EXPIRED, USED, UNKNOWN, CLOSED }

    /** What following a link found or did; {@code outcome} only when the answers were applied. */
    public record Confirmation(LinkState state, String initiativeName, String initiativeSlug,
                               RegistrationOutcome outcome) {
    }

    /** Keeps the answers aside and mails {@code mailbox} the link (after commit); nothing else changes. */
    @Transactional
    void keepAside(InitiativeRef initiative, NewRegistration answers, String mailbox, Long registrationId) {
        Instant now = clock.instant();
        queries.forgetExpired(now, now.minus(FORGET_AFTER));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        queries.insert(hash(token), initiative.id(), NewRegistration.emailKey(answers.email()),
                JSON.writeValueAsString(answers), now, now.plus(LINK_LIFETIME));
        audit.record("registration.repeated", "registration", registrationId, initiative.id(), null,
                "new answers kept aside; confirmation link mailed to " + mailbox);
        notices.repeated(initiative, mailbox, token, answers.language());
    }

    /** What the link is, without using it (the page shows it before the person confirms). */
    @Transactional
    public Confirmation check(String token) {
        return queries.lock(hash(token)).map(this::stateOf)
                .orElse(new Confirmation(LinkState.UNKNOWN, null, null, null));
    }

    /**
     * Applies the kept answers once; an unknown, used or expired link, or one whose initiative is no longer
     * published, changes nothing.
     *
     * @throws app.convene.shared.ValidationError when the initiative changed since (a goal or
     *         organization is gone: {@code join.error.stale}); the link stays usable
     */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<ConfirmationQueries.Kept> kept = queries.lock(hash(token));
        if (kept.isEmpty()) {
            return new Confirmation(LinkState.UNKNOWN, null, null, null);
        }
        Confirmation state = stateOf(kept.get());
        if (state.state() != LinkState.VALID) {
            return state;
        }
        InitiativeRef initiative = initiatives.findById(kept.get().initiativeId()).orElseThrow();
        NewRegistration answers = JSON.readValue(kept.get().answers(), NewRegistration.class);
        RegistrationOutcome outcome = writer.applyConfirmed(initiative, answers);
        queries.useAll(initiative.id(), kept.get().emailKey(), clock.instant());
        return new Confirmation(LinkState.VALID, initiative.name(), initiative.slug(), outcome);
    }

    private Confirmation stateOf(ConfirmationQueries.Kept kept) {
        LinkState state = kept.usedAt() != null ? LinkState.USED
                : !clock.instant().isBefore(kept.expiresAt()) || kept.answers() == null ? LinkState.EXPIRED
                : initiatives.statusOf(kept.initiativeId()) != InitiativeStatus.PUBLISHED ? LinkState.CLOSED
                : LinkState.VALID;
        Optional<InitiativeRef> initiative = initiatives.findById(kept.initiativeId());
        return new Confirmation(state, initiative.map(InitiativeRef::name).orElse(null),
                initiative.map(InitiativeRef::slug).orElse(null), null);
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
