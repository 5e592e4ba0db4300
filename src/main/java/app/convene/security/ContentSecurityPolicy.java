package app.convene.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every response (see docs/decisions/0013-http-hardening.md). Scripts
 * run only from Convene itself or inline with this request's nonce, which Vaadin's bootstrap page
 * gets on each of its script elements; an injected inline script has no nonce and is refused.
 * {@code 'unsafe-eval'} stays because Vaadin's client runs {@code executeJs} and event expressions
 * by constructing functions; styles allow inline because Vaadin's theme and components insert
 * style elements and attributes from script, without a nonce.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String identityOrigin;

    ContentSecurityPolicy(KeycloakProperties keycloak) {
        URI issuer = URI.create(keycloak.issuerUri());
        this.identityOrigin = issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self' " + identityOrigin + "; "
                + "frame-ancestors 'none'";
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policy(nonce(request)));
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonce(request.getHttpServletRequest()));
            }
        });
    }

    /** One nonce per request, made by whichever asks first: the bootstrap page or the header. */
    static String nonce(HttpServletRequest request) {
        Object existing = request.getAttribute(NONCE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        return nonce;
    }
}
