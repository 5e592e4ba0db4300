package app.convene.stakeholders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many public registrations Convene takes before it asks a client to wait. Sized for a kickoff where
 * a room of 150 people registers over one venue Wi-Fi (one network address), while a script is slowed down.
 *
 * @param limitPerAddress registrations from one network address per {@code window} (default 300: everyone
 *                        in a large room behind one address, twice)
 * @param limitPerEmail   registrations for one email per {@code window} (default 5)
 * @param freePerClient   registrations one browser session makes per {@code window} before it has to wait (default 3)
 * @param clientDelay     the first wait after that; it doubles with every further registration (default 30 s)
 * @param window          the sliding window all counts are taken over (default 10 minutes)
 */
@ConfigurationProperties("convene.registration")
public record RegistrationLimits(Integer limitPerAddress, Integer limitPerEmail, Integer freePerClient,
                                 Duration clientDelay, Duration window) {

    public RegistrationLimits {
        limitPerAddress = positive(limitPerAddress, 300);
        limitPerEmail = positive(limitPerEmail, 5);
        freePerClient = positive(freePerClient, 3);
        clientDelay = clientDelay == null || clientDelay.isNegative() ? Duration.ofSeconds(30) : clientDelay;
        window = window == null || window.isNegative() || window.isZero() ? Duration.ofMinutes(10) : window;
    }

    private static int positive(Integer value, int otherwise) {
        return value == null || value < 1 ? otherwise : value;
    }
}
