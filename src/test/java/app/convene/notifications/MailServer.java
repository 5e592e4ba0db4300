package app.convene.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a port of its own that a test stops and starts again (an outage). */
final class MailServer {

    private final int port;
    private GreenMail greenMail;

    private MailServer(GreenMail started) {
        this.greenMail = started;
        this.port = started.getSmtp().getPort();
    }

    static MailServer start() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return new MailServer(mail);
    }

    int port() {
        return port;
    }

    boolean running() {
        return greenMail != null;
    }

    void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Up again on the same port, with an empty mailbox. */
    void restart() {
        stop();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** The messages received for this address (the server's mailbox since its last start). */
    List<MimeMessage> to(String address) {
        return messages().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<MimeMessage> messages() {
        app.convene.support.MailThreads.awaitIdle();
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }
}
