package app.convene.library;

import app.convene.support.S3rver;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.s3.S3Client;

/** The object store meets the {@link BlobStoreContract} against a real S3-compatible server (s3rver). */
class S3BlobStoreTest extends BlobStoreContract {

    static final String BUCKET = "convene-contract";
    static S3rver server;
    S3Client client;
    S3BlobStore store;
    String prefix;

    @BeforeAll
    static void start() {
        server = S3rver.start(BUCKET);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() {
        client = S3BlobStore.client(properties(server));
        prefix = "test-" + UUID.randomUUID() + "/";
        store = new S3BlobStore(client, BUCKET, prefix);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static S3StoreProperties properties(S3rver server) {
        return new S3StoreProperties(server.endpoint(), null, BUCKET, null, S3rver.KEY, S3rver.KEY, true);
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    long stored() {
        return client.listObjectsV2Paginator(request -> request.bucket(BUCKET).prefix(prefix)).contents().stream()
                .count();
    }
}
