package app.convene.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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

    /**
     * Sends a notice carrying an iCalendar message (RFC 6047): the text, and the calendar as a
     * {@code text/calendar; method=...} alternative that mail programs offer to add to the calendar.
     */
    public boolean sendWithCalendar(Collection<String> to, String subject, String body, String calendar, String method) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to.isEmpty()) {
            log.info("Mail not sent (no mail server configured or no recipient): {}", subject);
            return false;
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject(subject);
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart invitation = new MimeBodyPart();
            invitation.setContent(calendar, "text/calendar; charset=UTF-8; method=" + method);
            invitation.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
            MimeMultipart alternatives = new MimeMultipart("alternative", text, invitation);
            message.setContent(alternatives);
            mail.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Mail '{}' to {} could not be sent: {}", subject, to, e.getMessage());
            return false;
        }
    }
}
