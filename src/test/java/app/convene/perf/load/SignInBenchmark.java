package app.convene.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Convene's side of a sign-in (decision 0053), one sign-in at a time through Keycloak's real login form, with the
 * server's own stopwatches on the parts ({@link SignInParts}). Convene's side is the code callback (the redirect
 * back from Keycloak to {@code /login/oauth2/code/keycloak} until Convene answers with its redirect) without the
 * token exchange, which is a back-channel call whose time is mostly Keycloak's and is printed on its own; the first
 * page after it (the eager page and its page-load round trip) is printed too. Tagged perf:
 * {@code mvn -Pperf test -Dtest=SignInBenchmark} (settings: {@code -Dconvene.signin.rounds=40}).
 */
@Tag("perf")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=18080", "convene.keycloak.embedded=auto", "convene.public-url=http://localhost:18080",
                "vaadin.productionMode=true", "convene.embedded-database.pool-size=20"})
@ActiveProfiles("test")
@Import(SignInParts.class)
class SignInBenchmark {

    static final List<String> ACCOUNTS = List.of("committee1", "committee2", "coordinator");
    static final List<String> NAMES = List.of("Daniel Okafor", "Lucía Hernández", "Maya Thompson");

    @Test
    void convenesSideOfASignIn() throws Exception {
        int rounds = Integer.getInteger("convene.signin.rounds", 40);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .followRedirects(HttpClient.Redirect.NEVER).executor(threads).build()) {
            signIns(http, 10); // warm-up: classes, pools, the first key set
            SignInParts.clear();
            List<long[]> measured = signIns(http, rounds);
            long[] callback = measured.stream().mapToLong(m -> m[0]).sorted().toArray();
            long[] firstPage = measured.stream().mapToLong(m -> m[1]).sorted().toArray();
            long[] exchange = SignInParts.sorted(SignInParts.TOKEN_EXCHANGE);
            assertThat(exchange).as("one token exchange per sign-in").hasSize(rounds);
            long[] convene = new long[rounds];
            List<Long> exchanges = new ArrayList<>(SignInParts.times(SignInParts.TOKEN_EXCHANGE));
            for (int i = 0; i < rounds; i++) {
                convene[i] = measured.get(i)[0] - exchanges.get(i);
            }
            Arrays.sort(convene);
            Ramp.line("signin_convene_ms", p50(convene), "ms");
            Ramp.line("signin_convene_p95_ms", p95(convene), "ms");
            Ramp.line("signin_convene_server_ms", p50(SignInParts.sorted(SignInParts.CONVENE_SIDE)), "ms");
            Ramp.line("signin_callback_ms", p50(callback), "ms");
            Ramp.line("signin_token_exchange_ms", p50(exchange), "ms");
            part(SignInParts.ID_TOKEN, rounds);
            part(SignInParts.USER_INFO, rounds);
            part(SignInParts.PERSON_SYNC, rounds);
            Ramp.line("signin_first_page_ms", p50(firstPage), "ms");
        }
    }

    /** Signs in {@code rounds} times, one after the other; per sign-in the callback's and the first page's nanos. */
    private static List<long[]> signIns(HttpClient http, int rounds) throws Exception {
        List<long[]> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            VirtualUser user = new VirtualUser(http, LoadBenchmark.APP);
            int account = i % ACCOUNTS.size();
            VirtualUser.SignInTimes signIn = user.signIn(ACCOUNTS.get(account), Crowd.PASSWORD);
            long start = System.nanoTime();
            String home = Uidl.texts(user.open(""));
            long firstPage = System.nanoTime() - start;
            assertThat(home).as("signed in on the first page").contains(NAMES.get(account));
            user.leave();
            times.add(new long[] {signIn.conveneNanos(), firstPage});
        }
        return times;
    }

    /** A part's p50 and how many times it ran per sign-in (0 when Convene no longer does it). */
    private static void part(String name, int rounds) {
        long[] nanos = SignInParts.sorted(name);
        Ramp.line("signin_" + name + "_ms", nanos.length == 0 ? 0 : p50(nanos), "ms");
        Ramp.line("signin_" + name + "_per_sign_in", nanos.length / (double) rounds, "calls");
    }

    private static double p50(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] sorted) {
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }
}
