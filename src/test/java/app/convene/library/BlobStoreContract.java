package app.convene.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link BlobStore} must do (issue 16, decision 0027): the folder and the object store alike. */
abstract class BlobStoreContract {

    /** The store under test, empty at the start of each test. */
    abstract BlobStore store();

    /** How many objects (files) the store holds. */
    abstract long stored() throws IOException;

    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void theKeyIsTheSha256OfTheBytesAndTheBytesComeBack() throws IOException {
        String key = store().put(in("abc".getBytes(StandardCharsets.US_ASCII)));

        assertThat(key).isEqualTo(SHA256_OF_ABC);
        assertThat(store().exists(key)).isTrue();
        try (InputStream content = store().open(key)) {
            assertThat(content.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theSameBytesPutTwiceAreOneObject() throws IOException {
        byte[] bytes = "the same clause, uploaded twice".getBytes(StandardCharsets.UTF_8);
        String first = store().put(in(bytes));
        String second = store().put(in(bytes));
        String other = store().put(in("another clause".getBytes(StandardCharsets.UTF_8)));

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void aMissingKeyDoesNotExistAndDoesNotOpen() {
        String missing = "0".repeat(64);

        assertThat(store().exists(missing)).isFalse();
        assertThatThrownBy(() -> store().open(missing).close()).isInstanceOf(IOException.class);
        assertThat(store().exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store().open("../" + "a".repeat(61))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largeAndEmptyFilesKeepEveryByte() throws IOException {
        byte[] large = new byte[6 * 1024 * 1024 + 17];
        new Random(16).nextBytes(large);

        String key = store().put(in(large));
        String empty = store().put(in(new byte[0]));

        try (InputStream content = store().open(key)) {
            assertThat(content.readAllBytes()).isEqualTo(large);
        }
        try (InputStream content = store().open(empty)) {
            assertThat(content.readAllBytes()).isEmpty();
        }
    }

    @Test
    void aDeletedKeyIsGoneAndDeletingItAgainIsHarmless() throws IOException {
        String key = store().put(in("removed".getBytes(StandardCharsets.UTF_8)));

        store().delete(key);
        store().delete(key);

        assertThat(store().exists(key)).isFalse();
        assertThat(stored()).isZero();
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
