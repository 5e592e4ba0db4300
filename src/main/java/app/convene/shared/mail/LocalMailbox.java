package app.convene.shared.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's mail server: an SMTP mailbox on loopback (port 3025) that keeps every
 * message Convene and the local Keycloak send, shown on the demo mailbox page. One per JVM; if the
 * port is taken (another Convene runs), a free port is used and Keycloak's mail goes to the other.
 */
public final class LocalMailbox {

    public static final int PORT = 3025;
    private static final Logger log = LoggerFactory.getLogger(LocalMailbox.class);
    private static LocalMailbox instance;

    private final GreenMail greenMail;

    private LocalMailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static synchronized LocalMailbox shared() {
        if (instance == null) {
            GreenMail mail;
            try {
                mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                mail.start();
            } catch (RuntimeException portTaken) {
                log.warn("Port {} is taken; the local mailbox uses a free port (Keycloak's mail will not arrive here)", PORT);
                mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
                mail.start();
            }
            instance = new LocalMailbox(mail);
            GreenMail started = mail;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "local-mailbox-stop"));
        }
        return instance;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> messages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }
}
