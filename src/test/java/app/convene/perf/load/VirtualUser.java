package app.convene.perf.load;

import app.convene.perf.load.Uidl.LoadError;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * One person in a browser, without the browser: a cookie jar, one Vaadin UI (its id, security key, the last
 * server sync id and the next client id), and the HTTP exchanges a browser would make. Not thread-safe: one
 * virtual thread drives one user.
 */
public final class VirtualUser {

    private static final Duration SAME_ACCOUNT_SPACING = Duration.ofSeconds(1);
    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, Lock> PASSWORD_CHECKS = new ConcurrentHashMap<>();
    private static final Consumer<JsonNode> NOBODY = uidl -> { };

    private final HttpClient http;
    private final URI app;
    private final CookieJar cookies = new CookieJar();
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private String lastMessage;
    /** A browser's page tells the server every this often that it is still open (Vaadin's heartbeat); 0: never. */
    private long heartbeatNanos;
    private long lastHeartbeat;
    private Consumer<JsonNode> answers = NOBODY;
    /** The last response's headers only: its body would count in the heap per UI ({@link HeapPerUi}) as the server's. */
    private HttpHeaders lastHeaders;

    public VirtualUser(HttpClient http, URI app) {
        this.http = http;
        this.app = app;
    }

    /** Signs in through Keycloak's own login form; returns Convene's part: the code callback's round trip. */
    public SignInTimes signIn(String username, String password) throws IOException, InterruptedException {
        URI authorize = authorization();
        HttpResponse<String> form = get(authorize);
        if (form.statusCode() / 100 == 3 && Redirects.redirect(form).getPath().startsWith("/login/oauth2/code/")) {
            // still signed in at Keycloak (its session cookie): it sends straight back, as to a browser
            long conveneStart = System.nanoTime();
            Redirects.landed(get(Redirects.redirect(form)));
            return new SignInTimes(0, System.nanoTime() - conveneStart);
        }
        Matcher action = LOGIN_FORM.matcher(form.body());
        if (form.statusCode() != 200 || !action.find()) {
            throw new LoadError("no Keycloak login form (" + form.statusCode() + ")");
        }
        URI post = authorize.resolve(action.group(1).replace("&amp;", "&"));
        String fields = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpRequest request = cookies.on(HttpRequest.newBuilder(post).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))).build();
        // Keycloak 26 with brute-force protection refuses concurrent password checks of one account
        // ("user_temporarily_disabled", see its upgrading notes): one at a time per account. Its mark of a check in
        // progress outlives the answer a little: a check of the same account right after it was refused as
        // "Invalid username or password." (2–4 of 50 form sign-ins), so the next one waits a second, as the
        // different people the virtual users stand for would not sign in to one account in the same second.
        Lock account = PASSWORD_CHECKS.computeIfAbsent(username, u -> new ReentrantLock());
        HttpResponse<String> login;
        long keycloakNanos;
        account.lock();
        try {
            long keycloakStart = System.nanoTime();
            login = send(request);
            keycloakNanos = System.nanoTime() - keycloakStart;
            Thread.sleep(SAME_ACCOUNT_SPACING);
        } finally {
            account.unlock();
        }
        return callback(login, keycloakNanos);
    }

    /**
     * Signs in on the Keycloak session of a user who signed in through the form (its Keycloak cookies, as a second
     * window of that browser would): Keycloak answers the authorization at once with a code, no password is checked,
     * and Convene's side (code callback, token exchange, roles, a session of its own) is the same as after the form.
     */
    SignInTimes signInOnSessionOf(VirtualUser signedIn) throws IOException, InterruptedException {
        cookies.takeKeycloakSession(signedIn.cookies);
        URI authorize = authorization();
        long keycloakStart = System.nanoTime();
        HttpResponse<String> answer = get(authorize);
        return callback(answer, System.nanoTime() - keycloakStart);
    }

    private URI authorization() throws IOException, InterruptedException {
        return Redirects.redirect(get(app.resolve("/oauth2/authorization/keycloak")));
    }

    private SignInTimes callback(HttpResponse<String> keycloakAnswer, long keycloakNanos)
            throws IOException, InterruptedException {
        URI callback = Redirects.redirect(keycloakAnswer);
        if (!callback.getPath().startsWith("/login/oauth2/code/")) {
            throw new LoadError("Keycloak did not send back to Convene: " + callback);
        }
        long conveneStart = System.nanoTime();
        HttpResponse<String> signedIn = get(callback);
        long conveneNanos = System.nanoTime() - conveneStart;
        Redirects.landed(signedIn);
        return new SignInTimes(keycloakNanos, conveneNanos);
    }

    /** Opens a page as a browser's address bar does: the eager first response, then the page-load event. */
    public JsonNode open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = get(app.resolve("/" + route));
        if (page.statusCode() != 200) {
            throw new LoadError("GET /" + route + " answered " + page.statusCode());
        }
        JsonNode config = Uidl.appConfig(page.body());
        JsonNode initial = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        heartbeatNanos = TimeUnit.SECONDS.toNanos(config.path("heartbeatInterval").asInt(0));
        lastHeartbeat = System.nanoTime();
        csrfToken = initial.path("Vaadin-Security-Key").asString();
        syncId = initial.path("syncId").asInt();
        clientId = initial.path("clientId").asInt(0);
        answers.accept(initial);
        uidl(Uidl.navigate(route, ""));
        return initial;
    }

    /** A UIDL round trip with these calls (see {@link Uidl#click}, {@link Uidl#typed}); the answer, checked. */
    public JsonNode send(ArrayNode rpc) throws IOException, InterruptedException {
        return uidl(rpc);
    }

    /** Hands every UIDL the server sends (the first one of each page too) to {@code answers}. */
    public void onUidl(Consumer<JsonNode> answers) {
        this.answers = answers;
    }

    /** This person's cookies (e.g. a balancer's stickiness cookie). */
    public CookieJar cookies() {
        return cookies;
    }

    /** A header of the last response this person got, or null. */
    public String lastHeader(String name) {
        return lastHeaders == null ? null : lastHeaders.firstValue(name).orElse(null);
    }

    /** A click on a link to {@code route}: one UIDL round trip; the answer, checked. */
    public JsonNode navigate(String route) throws IOException, InterruptedException {
        return uidl(Uidl.navigate(route, "link"));
    }

    /**
     * A click on a link to {@code route} whose answer must name {@code marker} (the view's title): checked in one pass
     * over the answer ({@link Uidl#scan}) when nobody takes the answers ({@link #onUidl}), else as {@link #navigate}.
     */
    public void navigateExpecting(String route, String marker) throws IOException, InterruptedException {
        if (answers != NOBODY) {
            if (!Uidl.texts(navigate(route)).contains(marker)) {
                throw new LoadError("no \"" + marker + "\" in the answer");
            }
            return;
        }
        Uidl.Scan scan = Uidl.scan(exchange(Uidl.navigate(route, "link")).body(), marker);
        syncId = scan.syncId();
        clientId = scan.clientId() >= 0 ? scan.clientId() : clientId + 1;
        if (!scan.found()) {
            throw new LoadError("no \"" + marker + "\" in the answer");
        }
    }

    /** The last UIDL message once more, as a browser does when the answer was lost on the way. */
    JsonNode repeatLast() throws IOException, InterruptedException {
        return answer(ok(post(lastMessage)));
    }

    /**
     * A click on a link to {@code route} sent as given: its message's text changed by {@code text}, with its length
     * declared or (false) sent in chunks without one; the HTTP answer as it came (tests of how the server reads a body).
     * An answer of 200 is taken as the UI's next one.
     */
    HttpResponse<String> navigateSent(String route, java.util.function.UnaryOperator<String> text, boolean declared)
            throws IOException, InterruptedException {
        lastMessage = text.apply(Uidl.message(csrfToken, syncId, clientId, Uidl.navigate(route, "link")));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(lastMessage);
        HttpResponse<String> response = send(cookies.on(HttpRequest.newBuilder(app.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .timeout(TIMEOUT).header("Content-Type", "application/json; charset=UTF-8")
                .POST(declared ? body : HttpRequest.BodyPublishers.fromPublisher(body))).build());
        if (response.statusCode() == 200) {
            answer(response);
        }
        return response;
    }

    /**
     * Vaadin's heartbeat, when one is due, as a browser's page sends it on a timer: the server closes a UI that
     * missed three (15 min by default) however many clicks it answered meanwhile, so a user who plays longer than that
     * without it finds its UI gone. Not a click: neither timed nor counted.
     */
    public void heartbeatIfDue() throws IOException, InterruptedException {
        if (uiId < 0 || heartbeatNanos <= 0 || System.nanoTime() - lastHeartbeat < heartbeatNanos) {
            return;
        }
        HttpResponse<String> answer = send(cookies.on(HttpRequest.newBuilder(app.resolve("/?v-r=heartbeat&v-uiId=" + uiId))
                .timeout(TIMEOUT).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody())).build());
        if (answer.statusCode() != 200) {
            throw new LoadError("heartbeat answered " + answer.statusCode());
        }
        lastHeartbeat = System.nanoTime();
    }

    /** Tells the server the page is gone (as a browser's unload does), so the UI is freed now. */
    public void leave() throws IOException, InterruptedException {
        if (uiId >= 0) {
            post(Uidl.unload(csrfToken, syncId, clientId));
            uiId = -1;
        }
    }

    private JsonNode uidl(ArrayNode rpc) throws IOException, InterruptedException {
        return answer(exchange(rpc));
    }

    /** Sends these calls in the UI's next message; the answer, if it is one (HTTP 200). */
    private HttpResponse<String> exchange(ArrayNode rpc) throws IOException, InterruptedException {
        if (uiId < 0) {
            throw new LoadError("no open UI");
        }
        lastMessage = Uidl.message(csrfToken, syncId, clientId, rpc);
        return ok(post(lastMessage));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new LoadError("UIDL answered " + response.statusCode());
        }
        return response;
    }

    private JsonNode answer(HttpResponse<String> response) {
        JsonNode json = Uidl.checked(response.body());
        syncId = json.path("syncId").asInt();
        clientId = json.has("clientId") ? json.path("clientId").asInt() : clientId + 1;
        answers.accept(json);
        return json;
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        URI uri = app.resolve("/?v-r=uidl&v-uiId=" + uiId);
        return send(cookies.on(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))).build());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(cookies.on(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        if (!"localhost".equals(request.uri().getHost())) {
            throw new LoadError("not loopback: " + request.uri());
        }
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        cookies.take(response);
        lastHeaders = response.headers();
        return response;
    }

    public record SignInTimes(long keycloakNanos, long conveneNanos) {
    }
}
