package app.convene.library;

import java.util.List;

/** The kinds of file the library accepts, known by their content, with the extensions each may carry. */
enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    TEXT("text/plain", "txt", "text"),
    MARKDOWN("text/markdown", "md", "markdown");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** Whether a file of this type may carry the extension (lower case, no dot). */
    boolean fits(String extension) {
        return extensions.contains(extension);
    }

    String extension() {
        return extensions.getFirst();
    }
}
