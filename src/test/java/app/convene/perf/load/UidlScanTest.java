package app.convene.perf.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Decision 71: the crowd's one-pass check of an answer ({@link Uidl#scan}) tells what the tree check
 * ({@link Uidl#checked} with {@link Uidl#texts}) tells: the ids, whether the view's title is in the changes, and the
 * errors Vaadin signals.
 */
class UidlScanTest {

    static final String MARKER = "Timeline · Worker Equity";

    static String answer(String title, String meta) {
        return """
                {"syncId":7,"clientId":3,"constants":{"k":"Timeline · Worker Equity"},"changes":[{"node":12,"type":"attach"},
                {"node":12,"type":"put","feat":0,"key":"tag","value":"h1"},{"node":12,"type":"splice","feat":2,"index":0,
                "addNodes":[13,14]},{"node":13,"type":"put","feat":7,"key":"text","value":"%s"}],"timings":[12,3],
                "meta":%s}""".formatted(title, meta);
    }

    @Test
    void theIdsAndTheTitleAsTheTreeCheckReadsThem() {
        String body = answer("Timeline \\u00b7 Worker Equity Initiative", "{\"async\":true}");
        Uidl.Scan scan = Uidl.scan(body, MARKER);
        assertThat(scan).isEqualTo(new Uidl.Scan(7, 3, true));
        assertThat(Uidl.texts(Uidl.checked(body))).as("the tree check agrees").contains(MARKER);
    }

    @Test
    void aTitleOnlyOutsideTheChangesIsNotFound() {
        String body = answer("Initiatives", "{}");
        assertThat(Uidl.scan(body, MARKER).found()).as("the constants are not what the page shows").isFalse();
        assertThat(Uidl.texts(Uidl.checked(body))).doesNotContain(MARKER);
        assertThat(Uidl.scan("{\"syncId\":2,\"changes\":[]}", MARKER)).isEqualTo(new Uidl.Scan(2, -1, false));
    }

    @Test
    void vaadinsErrorsAreErrors() {
        assertThatThrownBy(() -> Uidl.scan(answer(MARKER, "{\"appError\":{\"caption\":\"Sync error\"}}"), MARKER))
                .isInstanceOf(Uidl.LoadError.class).hasMessageContaining("app error");
        assertThatThrownBy(() -> Uidl.scan(answer(MARKER, "{\"sessionExpired\":true}"), MARKER))
                .isInstanceOf(Uidl.LoadError.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> Uidl.scan("{\"changes\":[]}", MARKER))
                .isInstanceOf(Uidl.LoadError.class).hasMessageContaining("no sync id");
        assertThatThrownBy(() -> Uidl.scan("{\"syncId\":-1}", MARKER)).isInstanceOf(Uidl.LoadError.class);
        assertThatThrownBy(() -> Uidl.scan("<html>Bad gateway</html>", MARKER))
                .isInstanceOf(Uidl.LoadError.class).hasMessageContaining("not JSON");
    }
}
