package app.convene.notifications;

import app.convene.notifications.internal.UnsubscribeLinks;
import app.convene.shared.i18n.ConveneI18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * RFC 8058 one-click unsubscribe: a mail program POSTs {@code List-Unsubscribe=One-Click} (form-encoded or
 * multipart) to the link of the mail's {@code List-Unsubscribe} header, without a session or a CSRF token (the
 * signed link is the proof; the security configuration lets exactly these requests through). A GET of the same
 * address is the unsubscribe page ({@code ui/UnsubscribeView}), which asks first. A filter rather than a
 * controller, so that the page's GET still reaches Vaadin.
 */
@Component
class UnsubscribeOneClick extends OncePerRequestFilter {

    static final String PARAMETER = "List-Unsubscribe";
    static final String VALUE = "One-Click";
    private static final Pattern MULTIPART = Pattern.compile("name=\"?List-Unsubscribe\"?\\s*\\r?\\n\\r?\\n\\s*One-Click");
    private static final int MOST_BODY = 4096;

    private final NotificationSettingsService settings;
    private final ConveneI18NProvider i18n;

    UnsubscribeOneClick(NotificationSettingsService settings, ConveneI18NProvider i18n) {
        this.settings = settings;
        this.i18n = i18n;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(UnsubscribeLinks.PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale language = ConveneI18NProvider.chosen(request);
        response.setContentType("text/plain;charset=UTF-8");
        if (!oneClick(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write("Expected List-Unsubscribe=One-Click (RFC 8058).");
            return;
        }
        String token = request.getRequestURI().substring(UnsubscribeLinks.PATH.length());
        Unsubscribe outcome = settings.unsubscribe(token);
        response.setStatus(outcome instanceof Unsubscribe.Done ? HttpServletResponse.SC_OK
                : HttpServletResponse.SC_BAD_REQUEST);
        response.getWriter().write(text(outcome, language));
    }

    private static boolean oneClick(HttpServletRequest request) throws IOException {
        if (VALUE.equals(request.getParameter(PARAMETER))) {
            return true;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return false;
        }
        byte[] body = request.getInputStream().readNBytes(MOST_BODY);
        return MULTIPART.matcher(new String(body, StandardCharsets.UTF_8)).find();
    }

    private String text(Unsubscribe outcome, Locale language) {
        return switch (outcome) {
            case Unsubscribe.Done(NoticeKind kind, Delivery before, Delivery after) -> i18n.getTranslation(
                    kind.duty() ? "unsubscribe.doneDuty" : "unsubscribe.done", language,
                    i18n.getTranslation("notifications.kind." + kind.name(), language));
            case Unsubscribe.Expired(NoticeKind kind) -> i18n.getTranslation("unsubscribe.expired", language,
                    i18n.getTranslation("notifications.kind." + kind.name(), language));
            case Unsubscribe.Invalid() -> i18n.getTranslation("unsubscribe.invalid", language);
        };
    }
}
