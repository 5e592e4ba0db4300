package app.convene.library;

import java.io.InputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /library/files/<version id>}: one version's file as an attachment, for whoever may read its resource;
 * "not found" for everyone else (and for ids that do not exist), so an address alone gives nothing away.
 */
@RestController
class LibraryFileDownload {

    static final String PATH = "/library/files/";

    private final ResourceService resources;

    LibraryFileDownload(ResourceService resources) {
        this.resources = resources;
    }

    @GetMapping(PATH + "{versionId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long versionId) {
        FileDownload file;
        try {
            file = resources.download(versionId);
        } catch (AccessDeniedException hidden) {
            return ResponseEntity.notFound().build();
        }
        InputStream content = file.content();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
