package app.convene.perf.load;

import app.convene.perf.load.Uidl.LoadError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The redirects of a sign-in as a virtual user follows them, and what Keycloak said when it answered otherwise. */
final class Redirects {

    /** The message Keycloak's login page shows when it shows the form again (an error or a notice). */
    private static final Pattern KEYCLOAK_FEEDBACK = Pattern.compile(
            "(?s)(?:id=\"input-error[^\"]*\"|kc-feedback-text[^\"]*\"|pf-m-(?:danger|warning|info)[^\"]*\")[^>]*>(.{0,400}?)</(?:span|div|p)>");
    private static final AtomicInteger KEPT_PAGES = new AtomicInteger();

    private Redirects() {
    }

    /** Where Convene sent the signed-in person; a landing that names an error is a refused sign-in. */
    static void landed(HttpResponse<String> signedIn) {
        URI landing = redirect(signedIn);
        if (landing.getQuery() != null && landing.getQuery().contains("error")) {
            throw new LoadError("Convene refused the sign-in: " + landing);
        }
    }

    /** The address a redirect sends to; any other answer fails, with Keycloak's message when it showed one. */
    static URI redirect(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            Matcher feedback = KEYCLOAK_FEEDBACK.matcher(response.body() == null ? "" : response.body());
            String says = feedback.find()
                    ? " (Keycloak: " + feedback.group(1).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip() + ")" : "";
            throw new LoadError(response.request().uri().getPath() + " answered " + response.statusCode()
                    + " instead of a redirect" + says + kept(response.body()));
        }
        String location = response.headers().firstValue("location")
                .orElseThrow(() -> new LoadError("redirect without a location"));
        return response.request().uri().resolve(location);
    }

    /** The first few pages Keycloak answered instead of a redirect, kept in target/load for a look. */
    private static String kept(String body) {
        int n = KEPT_PAGES.incrementAndGet();
        if (body == null || n > 3) {
            return "";
        }
        try {
            Path file = Files.createDirectories(Path.of("target", "load")).resolve("keycloak-page-" + n + ".html");
            Files.writeString(file, body);
            return " [" + file + "]";
        } catch (IOException e) {
            return "";
        }
    }
}
