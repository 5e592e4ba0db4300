package app.convene.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One conversation with the mail server for many mails (decision 0044): the connection is opened at the first mail
 * and kept for the next ones, so a digest run does not pay a connection, a greeting and a goodbye per mail. Each
 * {@link #deliver} hands over one mail or throws {@link MailRefused} exactly as {@link Mailer#deliver} does. When
 * the server cannot be reached, the rest of the session is refused at once with the same (not permanent) reason
 * instead of waiting for a timeout at every mail. Not thread-safe: one sending thread owns it; close it after use.
 */
public final class MailSession implements AutoCloseable {

    private final Mailer mailer;
    private final JavaMailSender server;
    private Transport transport;
    private Mailer.Identity identity;
    private MailRefused unreachable;

    MailSession(Mailer mailer, JavaMailSender server) {
        this.mailer = mailer;
        this.server = server;
    }

    /** Hands the mail to the mail server on this session's connection, or throws {@link MailRefused}. */
    public void deliver(OutgoingMail mail) {
        if (server == null) {
            throw new MailRefused("No mail server is configured", false);
        }
        if (unreachable != null) {
            throw unreachable;
        }
        InternetAddress to = MailFailures.address(mail.to());
        MimeMessage message;
        try {
            if (identity == null) {
                identity = mailer.identity();
            }
            message = mailer.compose(server, mail, to, identity);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailRefused("The mail could not be written: " + e.getMessage(), true);
        }
        if (!(server instanceof JavaMailSenderImpl impl)) {
            sendAlone(message);
            return;
        }
        try {
            connect(impl);
        } catch (MessagingException e) {
            close();
            unreachable = MailFailures.classify(e);
            throw unreachable;
        }
        try {
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            // A refused mail leaves the conversation in an unknown state: the next mail starts a new one.
            close();
            throw MailFailures.classify(e);
        }
    }

    private void connect(JavaMailSenderImpl impl) throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        String protocol = impl.getProtocol() == null ? "smtp" : impl.getProtocol();
        Transport fresh = impl.getSession().getTransport(protocol);
        String user = impl.getUsername() == null || impl.getUsername().isEmpty() ? null : impl.getUsername();
        String password = impl.getPassword() == null || impl.getPassword().isEmpty() ? null : impl.getPassword();
        fresh.connect(impl.getHost(), impl.getPort(), user, password);
        transport = fresh;
    }

    private void sendAlone(MimeMessage message) {
        try {
            server.send(message);
        } catch (MailException e) {
            throw MailFailures.classify(e);
        }
    }

    /** Ends the conversation (QUIT); a failure to say goodbye is of no consequence. */
    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the server is gone already
            }
            transport = null;
        }
    }
}
