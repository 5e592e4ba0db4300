package app.convene.library;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The object store used when {@code convene.library.store=s3} (decision 0027).
 *
 * @param endpoint  the S3-compatible server's address (e.g. {@code https://minio.example.org}); blank for AWS itself
 * @param region    the region to sign for ({@code us-east-1} when blank; most S3-compatible servers accept it)
 * @param bucket    an existing bucket; Convene does not create it
 * @param prefix    put before every object's name (e.g. {@code convene/}), so a bucket can be shared
 * @param accessKey the access key id
 * @param secretKey the secret access key (production refuses s3rver's {@code S3RVER})
 * @param pathStyle {@code bucket} in the path rather than in the host name (most self-hosted servers need it)
 */
@ConfigurationProperties("convene.library.s3")
public record S3StoreProperties(String endpoint, String region, String bucket, String prefix, String accessKey,
                                String secretKey, boolean pathStyle) {

    public S3StoreProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        prefix = prefix == null ? "" : prefix;
    }
}
