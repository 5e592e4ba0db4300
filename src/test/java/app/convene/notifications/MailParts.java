package app.convene.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** The parts of a received mail, read with Jakarta Mail's own parser. */
record MailParts(String structure, String text, String html, String calendar) {

    private static String type(String contentType) {
        return contentType.split(";")[0].strip().toLowerCase();
    }

    static MailParts of(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof Multipart multipart)) {
                return new MailParts(message.getContentType(), String.valueOf(message.getContent()), null, null);
            }
            String text = null;
            String html = null;
            String calendar = null;
            StringBuilder structure = new StringBuilder(type(multipart.getContentType()));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                structure.append(' ').append(type(part.getContentType()));
                if (part.isMimeType("text/plain")) {
                    text = String.valueOf(part.getContent()).replace("\r\n", "\n");
                } else if (part.isMimeType("text/html")) {
                    html = String.valueOf(part.getContent()).replace("\r\n", "\n");
                } else if (part.isMimeType("text/calendar")) {
                    calendar = part.getContent() instanceof String s ? s
                            : new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return new MailParts(structure.toString(), text, html, calendar);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
