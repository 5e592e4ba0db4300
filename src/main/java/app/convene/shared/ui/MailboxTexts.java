package app.convene.shared.ui;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the text of a mail message: the plain-text part, else the HTML part without its tags. */
public final class MailboxTexts {

    private MailboxTexts() {
    }

    public static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String fallback = "";
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = text(child);
                if (!found.isEmpty() && !child.isMimeType("text/html")) {
                    return found;
                }
                if (fallback.isEmpty()) {
                    fallback = found;
                }
            }
            return fallback;
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ");
        }
        return "";
    }
}
