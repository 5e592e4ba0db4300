package app.convene.shared.mail;

import app.convene.shared.SiteIdentity;
import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Collection;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Hands mail to the mail server, from the configured address under the site's name, signed with the site's name
 * and contact address ({@link SiteIdentity}, read at each mail). Every mail is HTML with a plain-text part
 * ({@code multipart/alternative}, the calendar as a third alternative when there is one), the HTML from the
 * template {@code mail/layout.html}. {@link #deliver} reports a refusal (permanent or not) so that the caller can
 * retry or park the mail (decision 0033); {@link #send} and {@link #sendWithCalendar} only log it.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** The system property naming jakarta.mail's stream provider (see the static block). */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // jakarta.mail 2.1 finds its stream provider with a ServiceLoader scan of the whole class path at every header
        // it reads or writes: a third of the time spent sending a digest run (decision 0044). Named, it is one class
        // lookup. The name is Angus Mail's own provider, the implementation on the class path.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final SiteSettings site;
    private final MailLayout layout;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${convene.mail.from:Convene <no-reply@convene.local>}") String from,
           SiteSettings site, ConveneI18NProvider i18n) {
        this.sender = sender;
        this.from = from;
        this.site = site;
        this.layout = new MailLayout(i18n);
    }

    /**
     * Hands the mail to the mail server, or throws {@link MailRefused}: permanent for an invalid address or a
     * 5xx answer, otherwise (no server configured or reachable, a 4xx answer) worth another attempt.
     */
    public void deliver(OutgoingMail mail) {
        try (MailSession session = session()) {
            session.deliver(mail);
        }
    }

    /** A conversation with the mail server for many mails in a row (digests, retries): close it after use. */
    public MailSession session() {
        return new MailSession(this, sender.getIfAvailable());
    }

    /** Sends at once and only logs a refusal; returns whether the mail server took it. {@code body} comes without a signature. */
    public boolean send(Collection<String> to, String subject, String body) {
        return sendAll(to, subject, body, null, null);
    }

    /**
     * Sends a notice carrying an iCalendar message (RFC 6047): the text and HTML, and the calendar as a
     * {@code text/calendar; method=...} alternative that mail programs offer to add to the calendar.
     */
    public boolean sendWithCalendar(Collection<String> to, String subject, String body, String calendar, String method) {
        return sendAll(to, subject, body, calendar, method);
    }

    private boolean sendAll(Collection<String> to, String subject, String body, String calendar, String method) {
        if (sender.getIfAvailable() == null || to.isEmpty()) {
            log.info("Mail not sent (no mail server configured or no recipient): {}", subject);
            return false;
        }
        boolean all = true;
        for (String address : to) {
            try {
                deliver(new OutgoingMail(address, Locale.ENGLISH, newMessageId(), subject, body, null, calendar, method));
            } catch (MailRefused e) {
                log.warn("Mail '{}' to {} could not be sent: {}", subject, address, e.getMessage());
                all = false;
            }
        }
        return all;
    }

    /** A new, globally unique Message-ID (RFC 5322), in the domain of the sender's address. */
    public String newMessageId() {
        String address = from.replaceAll(".*<", "").replaceAll(">.*", "");
        String domain = address.contains("@") ? address.substring(address.indexOf('@') + 1).strip() : "convene.local";
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /** Who a mail is from and how it is signed, read from the site settings once per conversation. */
    record Identity(InternetAddress from, String signature) {
    }

    Identity identity() throws AddressException, UnsupportedEncodingException {
        return new Identity(sender(), SiteIdentity.mailSignature(site));
    }

    MimeMessage compose(JavaMailSender server, OutgoingMail mail, InternetAddress to, Identity identity)
            throws MessagingException {
        Session session = server instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(identity.from());
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new java.util.Date());
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(layout.text(mail, identity.signature()), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(layout.html(mail, identity.signature()), "UTF-8", "html");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        if (mail.calendar() != null) {
            MimeBodyPart invitation = new MimeBodyPart();
            String type = "text/calendar; charset=UTF-8; method=" + mail.calendarMethod();
            invitation.setContent(mail.calendar(), type);
            invitation.setHeader("Content-Type", type);
            alternatives.addBodyPart(invitation);
        }
        message.setContent(alternatives);
        return message;
    }

    /** The configured sender's address under the site's name (encoded as mail headers need); as configured if that fails. */
    private InternetAddress sender() throws AddressException, UnsupportedEncodingException {
        InternetAddress configured = new InternetAddress(from);
        try {
            String name = site.siteName();
            return new InternetAddress(configured.getAddress(),
                    name == null || name.isBlank() ? configured.getPersonal() : name.strip(), "UTF-8");
        } catch (UnsupportedEncodingException | RuntimeException e) {
            log.warn("Mail sender not made from the site name, the configured one is used: {}", e.getMessage());
            return configured;
        }
    }

    /** A message that keeps the Message-ID it was given (JavaMail would make a new one at every save). */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
