package app.convene.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a request whose address holds a malformed {@code %} escape (not followed by two
 * hex digits) or an escaped NUL, before anything tries to decode it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MalformedRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (malformed(request.getRequestURI()) || malformed(request.getQueryString())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Bad request: malformed address.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean malformed(String raw) {
        if (raw == null) {
            return false;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !hex(raw.charAt(i + 1)) || !hex(raw.charAt(i + 2))
                    || (raw.charAt(i + 1) == '0' && raw.charAt(i + 2) == '0')) {
                return true;
            }
        }
        return raw.indexOf('\0') >= 0;
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
