package app.convene.shared.mail;

import app.convene.shared.SiteIdentity;
import app.convene.shared.i18n.ConveneI18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The two texts of a mail: the plain text, and the HTML made from it with the template
 * {@code mail/layout.html} (paragraphs, addresses as links, the site's signature and the unsubscribe link in the
 * mail's language). Every placeholder is filled with escaped text: nothing a person typed becomes markup.
 */
final class MailLayout {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(lang|subject|signature|unsubscribe|body)}}");
    private static final String TEMPLATE = load();

    private final ConveneI18NProvider i18n;

    MailLayout(ConveneI18NProvider i18n) {
        this.i18n = i18n;
    }

    /**
     * The plain-text part: the text, the signature ({@link SiteIdentity#mailSignature}, read once per conversation
     * with the mail server), and the unsubscribe line when there is one.
     */
    String text(OutgoingMail mail, String siteSignature) {
        String text = mail.text() + siteSignature;
        if (mail.unsubscribeUrl() != null) {
            text += "\n" + i18n.getTranslation("mail.unsubscribe.text", mail.language(), mail.unsubscribeUrl()) + "\n";
        }
        return text;
    }

    /** The HTML part, from the template. */
    String html(OutgoingMail mail, String siteSignature) {
        String unsubscribe = mail.unsubscribeUrl() == null ? ""
                : "<p style=\"margin:12px 0 0;font-size:13px;color:#4a4f57;\"><a href=\"" + escape(mail.unsubscribeUrl())
                + "\" style=\"color:#1a4fa0;\">" + escape(i18n.getTranslation("mail.unsubscribe.link", mail.language()))
                + "</a></p>";
        String signature = siteSignature.strip().replaceFirst("^--\\s*", "");
        Map<String, String> values = Map.of(
                "lang", escape(ConveneI18NProvider.supported(mail.language()).getLanguage()),
                "subject", escape(mail.subject()), "signature", lines(signature), "unsubscribe", unsubscribe,
                "body", paragraphs(mail.text()));
        // one pass over the template: a filled-in text is never searched for placeholders again
        return PLACEHOLDER.matcher(TEMPLATE).replaceAll(found -> Matcher.quoteReplacement(values.get(found.group(1))));
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p style=\"margin:0 0 16px;\">").append(lines(paragraph.strip())).append("</p>\n");
            }
        }
        return html.toString();
    }

    /** Escaped lines joined by line breaks, with web addresses as links. */
    private static String lines(String text) {
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            html.append(escape(text.substring(at, link.start())));
            String href = escape(link.group());
            html.append("<a href=\"").append(href).append("\" style=\"color:#1a4fa0;\">").append(href).append("</a>");
            at = link.end();
        }
        html.append(escape(text.substring(at)));
        return html.toString().replace("\r", "").replace("\n", "<br>\n");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static String load() {
        try (InputStream in = MailLayout.class.getResourceAsStream("/mail/layout.html")) {
            if (in == null) {
                throw new IllegalStateException("mail/layout.html is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
