package app.convene.security;

import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * A JDK HTTP client built at its first use instead of with the bean that holds it (decision 0062). Building one
 * initialises the JDK's default TLS context (the trust store, the providers) and opens a selector with its thread:
 * about 50 ms of a cold start on two cores, for clients that a start never uses (the account and sign-in calls to
 * Keycloak come later, the local Keycloak's probe only when Convene starts one).
 */
final class LazyHttpClient implements AutoCloseable {

    private final Supplier<HttpClient> builder;
    private volatile HttpClient client;

    LazyHttpClient(Supplier<HttpClient> builder) {
        this.builder = builder;
    }

    HttpClient get() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = builder.get();
                    client = built;
                }
            }
        }
        return built;
    }

    /** Closes the client if it was built; a later {@link #get()} would build another. */
    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
