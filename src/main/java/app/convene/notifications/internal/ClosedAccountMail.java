package app.convene.notifications.internal;

import app.convene.security.AccountClosed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closing an account: no mail goes to it any more. In the closing transaction, the person's mail not yet sent
 * (pending or parked, for them or to one of the addresses they went by) is discarded, their mail rows keep no
 * address of theirs, and no mail row names them: the label stands in (decision 0033).
 */
@Component
class ClosedAccountMail {

    private static final Logger log = LoggerFactory.getLogger(ClosedAccountMail.class);

    private final MailDeliveries deliveries;
    private final Clock clock;

    ClosedAccountMail(MailDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    void on(AccountClosed closed) {
        List<String> addresses = closed.names().stream().filter(name -> name.contains("@"))
                .map(address -> address.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        int discarded = deliveries.forget(closed.personId(), addresses, closed.namePattern(), closed.label(),
                clock.instant());
        if (discarded > 0) {
            log.info("{} unsent mail(s) to {} discarded: the account is closed", discarded, closed.label());
        }
    }
}
