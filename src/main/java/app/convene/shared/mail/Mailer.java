package app.convene.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import app.convene.shared.SiteIdentity;
import app.convene.shared.SiteSettings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
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
 * Sends plain-text notices, from the configured address under the site's name and signed with the site's name
 * and contact address ({@link SiteIdentity}, read at each mail). A mail that cannot be sent is logged, never thrown: the change that
 * caused it has already been saved and must not be lost over a mail server.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final SiteSettings site;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${convene.mail.from:Convene <no-reply@convene.local>}") String from,
           SiteSettings site) {
        this.sender = sender;
        this.from = from;
        this.site = site;
    }

    /** Returns whether the mail was handed to the mail server; {@code body} comes without a signature. */
    public boolean send(Collection<String> to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to.isEmpty()) {
            log.info("Mail not sent (no mail server configured or no recipient): {}", subject);
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(sender());
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body + SiteIdentity.mailSignature(site));
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
            helper.setFrom(sender());
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject(subject);
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body + SiteIdentity.mailSignature(site), "UTF-8");
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

    /** The configured sender's address under the site's name (encoded as mail headers need); as configured if that fails. */
    private String sender() {
        try {
            InternetAddress configured = new InternetAddress(from);
            String name = site.siteName();
            return new InternetAddress(configured.getAddress(),
                    name == null || name.isBlank() ? configured.getPersonal() : name.strip(), "UTF-8").toString();
        } catch (AddressException | UnsupportedEncodingException | RuntimeException e) {
            log.warn("Mail sender not made from the site name, the configured one is used: {}", e.getMessage());
            return from;
        }
    }
}
