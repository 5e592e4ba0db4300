package app.convene.notifications.internal;

import app.convene.notifications.NoticeKind;
import app.convene.shared.SiteSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe address for a person and a kind of notice (works without signing in):
 * {@code <public address>/unsubscribe/<token>}, the token naming the person, the kind and when it expires,
 * signed with HMAC-SHA256 (decision 0034). Nothing is stored: a token is checked by its signature.
 */
@Component
public class UnsubscribeLinks {

    public static final String PATH = "/unsubscribe/";
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** What a token says: the person and kind when signed by Convene, and whether it still holds. */
    public sealed interface Reading {
    }

    public record Valid(long personId, NoticeKind kind) implements Reading {
    }

    public record Expired(long personId, NoticeKind kind) implements Reading {
    }

    public record Invalid() implements Reading {
    }

    private final SiteSettings site;
    private final Clock clock;
    private final Duration validFor;
    private final SecretKeySpec key;

    UnsubscribeLinks(SiteSettings site, Clock clock,
                     @Value("${" + UnsubscribeSecret.PROPERTY + ":}") String secret,
                     @Value("${convene.notifications.unsubscribe-secret-file:.convene/unsubscribe-secret}") Path file,
                     @Value("${convene.notifications.unsubscribe-valid-for:P90D}") Duration validFor) {
        this.site = site;
        this.clock = clock;
        this.validFor = validFor;
        this.key = new SecretKeySpec(UnsubscribeSecret.of(secret, file), HMAC);
    }

    public Optional<String> url(long personId, NoticeKind kind) {
        return Optional.of(site.publicUrl() + PATH + token(personId, kind));
    }

    /** A token for the person and kind, valid from now for the configured time (90 days by default). */
    public String token(long personId, NoticeKind kind) {
        String payload = personId + "." + kind.name() + "." + clock.instant().plus(validFor).getEpochSecond();
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        return encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    /** What the token says; {@link Invalid} for anything Convene did not sign exactly so. */
    public Reading read(String token) {
        if (token == null || token.length() > 200) {
            return new Invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return new Invalid();
        }
        String encoded = token.substring(0, dot);
        try {
            // Compared as text: one signature per payload (no second spelling through Base64's unused bits).
            byte[] signature = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(signature, ENCODER.encodeToString(sign(encoded)).getBytes(StandardCharsets.US_ASCII))) {
                return new Invalid();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 3) {
                return new Invalid();
            }
            long personId = Long.parseLong(parts[0]);
            NoticeKind kind = NoticeKind.valueOf(parts[1]);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            return clock.instant().isBefore(expires) ? new Valid(personId, kind) : new Expired(personId, kind);
        } catch (IllegalArgumentException e) { // bad Base64, number or kind
            return new Invalid();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
