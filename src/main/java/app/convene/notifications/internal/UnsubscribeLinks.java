package app.convene.notifications.internal;

import app.convene.notifications.NoticeKind;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The one-click unsubscribe address for a person and a kind of notice (works without signing in). */
@Component
public class UnsubscribeLinks {

    public Optional<String> url(long personId, NoticeKind kind) {
        return Optional.empty();
    }
}
