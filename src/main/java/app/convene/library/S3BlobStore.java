package app.convene.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link BlobStore} in an S3-compatible object store ({@code convene.library.store=s3}, settings in
 * {@link S3StoreProperties}), for several nodes that must all read every file. Content-addressed like the
 * folder: an object {@code <prefix>ab/cd/<sha-256>}. The bytes are spooled to a temporary file while their key
 * is computed, then sent in one request unless an object with that key is already there, so the same bytes are
 * stored once and a failed upload leaves no object behind (S3 writes an object whole or not at all).
 */
@Component
@ConditionalOnProperty(name = "convene.library.store", havingValue = "s3")
class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    @Autowired
    S3BlobStore(S3StoreProperties properties) {
        this(client(properties), properties.bucket(), properties.prefix());
    }

    S3BlobStore(S3Client s3, String bucket, String prefix) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("convene.library.store=s3 needs convene.library.s3.bucket");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    static S3Client client(S3StoreProperties properties) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(properties.region()))
                .forcePathStyle(properties.pathStyle())
                // one plainly signed body: not every S3-compatible server decodes aws-chunked uploads
                // (s3rver stores the chunk signatures as content)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                // checksums only where the API demands them: S3-compatible servers differ in the newer ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(properties.endpoint()));
        }
        if (properties.accessKey() != null && !properties.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
        }
        return builder.build();
    }

    @Override
    public String put(InputStream content) throws IOException {
        Path temp = Files.createTempFile("convene-upload-", ".part");
        try {
            String key = BlobKeys.copyHashing(content, temp);
            if (!exists(key)) {
                s3.putObject(request -> request.bucket(bucket).key(name(key))
                        .contentType("application/octet-stream"), RequestBody.fromFile(temp));
            }
            return key;
        } catch (SdkException | UncheckedIOException failed) {
            throw new IOException("Could not store the file in the bucket " + bucket, failed);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        String name = name(key);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(name));
        } catch (SdkException failed) {
            if (missing(failed)) {
                throw new NoSuchFileException(name);
            }
            throw new IOException("Could not read " + name + " from the bucket " + bucket, failed);
        }
    }

    @Override
    public boolean exists(String key) {
        if (!BlobKeys.valid(key)) {
            return false;
        }
        try {
            s3.headObject(request -> request.bucket(bucket).key(name(key)));
            return true;
        } catch (SdkException failed) {
            if (missing(failed)) {
                return false;
            }
            throw new UncheckedIOException(new IOException("Could not reach the bucket " + bucket, failed));
        }
    }

    @Override
    public void delete(String key) throws IOException {
        String name = name(key);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(name));
        } catch (SdkException failed) {
            throw new IOException("Could not remove " + name + " from the bucket " + bucket, failed);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String name(String key) {
        return prefix + BlobKeys.relativeName(key);
    }

    private static boolean missing(SdkException failed) {
        return failed instanceof NoSuchKeyException
                || failed instanceof S3Exception s3Failure && s3Failure.statusCode() == 404;
    }
}
