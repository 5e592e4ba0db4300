package app.convene.support;

import app.convene.shared.mail.LocalMailbox;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the local mailbox (GreenMail) received, as tests read it. */
public final class Mailbox {

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("/join/confirm/([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /**
     * For a test without the demo (so without its local mail): Spring's own mail sender, pointed at this JVM's
     * GreenMail; use from a {@code @DynamicPropertySource} method.
     */
    public static void sendHere(org.springframework.test.context.DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> LocalMailbox.shared().port());
    }

    /** Every message to this address (any letter case), oldest first. */
    public static List<MimeMessage> to(String address) {
        MailThreads.awaitIdle();
        List<MimeMessage> found = new ArrayList<>();
        try {
            for (MimeMessage message : LocalMailbox.shared().messages()) {
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    if (recipient.toString().toLowerCase().contains(address.toLowerCase())) {
                        found.add(message);
                    }
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The message's subject. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's text (a calendar mail's plain-text part). */
    public static String body(MimeMessage message) {
        try {
            return app.convene.shared.ui.MailboxTexts.text(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the message's {@code text/calendar} part (an iCalendar message), if it has one. */
    public static java.util.Optional<String> calendar(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof jakarta.mail.Multipart parts)) {
                return java.util.Optional.empty();
            }
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/calendar")) {
                    return java.util.Optional.of(new String(parts.getBodyPart(i).getInputStream().readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return java.util.Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the newest repeat-registration confirmation link mailed to this address. */
    public static String confirmationToken(String address) {
        String token = null;
        for (MimeMessage message : to(address)) {
            Matcher link = CONFIRMATION_LINK.matcher(body(message));
            if (link.find()) {
                token = link.group(1);
            }
        }
        if (token == null) {
            throw new AssertionError("No confirmation link was mailed to " + address);
        }
        return token;
    }
}
