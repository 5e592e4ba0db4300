package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The kept answer's deflated form (decision 51): it reads back as the same text, whatever its characters (decision 84
 * tried deflating it a slice at a time with reused buffers and went back; these checks stayed).
 */
class CompressedLastResponseTest {

    /** An answer-like text of about {@code length} characters with {@code extra} in it every so often. */
    private static String answer(int length, String extra) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append("{\"node\":").append(i).append(",\"text\":\"Workforce equity ").append(i % 7 == 0 ? extra : "")
                    .append("\"},");
        }
        return text.toString();
    }

    private static void roundTrips(String text) throws Exception {
        byte[] deflated = CompressedLastResponse.compress(text);
        assertThat(CompressedLastResponse.decompress(deflated)).isEqualTo(text);
        // a plain zlib stream of the text's UTF-8, as before
        Inflater inflater = new Inflater();
        inflater.setInput(deflated);
        byte[] out = new byte[text.length() * 4 + 16];
        int n = inflater.inflate(out);
        assertThat(inflater.finished()).isTrue();
        inflater.end();
        assertThat(new String(out, 0, n, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void latinOneAndWiderTextsReadBackTheSame() throws Exception {
        roundTrips(answer(50_000, ""));
        roundTrips(answer(50_000, "“Quoted” — Español ñ"));
        roundTrips(answer(30_000, "漢字 and 😀 emoji"));
        roundTrips("x".repeat(4_096 * 3));
    }

    @Test
    void aPairSplitWhereASliceEndsStaysWhole() throws Exception {
        for (int before = 4_090; before <= 4_100; before++) {
            roundTrips("a".repeat(before) + "😀".repeat(3) + "b".repeat(9_000) + "😀");
        }
        // a lone surrogate becomes '?', as String.getBytes writes it
        assertThat(CompressedLastResponse.decompress(CompressedLastResponse.compress("a\uD83Db"))).isEqualTo("a?b");
    }

    @Test
    void compressorsUsedFromManyThreadsAtOnceKeepTheirAnswersApart() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String text = answer(5_000 + 997 * i, i % 2 == 0 ? "ñ" + i : "😀" + i);
                checks.add(threads.submit(() -> CompressedLastResponse.decompress(CompressedLastResponse.compress(text))
                        .equals(text)));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
