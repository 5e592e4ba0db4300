package app.convene.shared.mail;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text notices. A mail that cannot be sent is logged, never thrown: the change that
 * caused it has already been saved and must not be lost over a mail server.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${convene.mail.from:Convene <no-reply@convene.local>}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Returns whether the mail was handed to the mail server. */
    public boolean send(Collection<String> to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to.isEmpty()) {
            log.info("Mail not sent (no mail server configured or no recipient): {}", subject);
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail '{}' to {} could not be sent: {}", subject, to, e.getMessage());
            return false;
        }
    }
}
