package app.convene.library;

import java.time.Instant;

/** One version of a file: who uploaded it, when, with which note, and how far its text got into the index. */
public record VersionItem(long id, int number, String fileName, String mediaType, long size, String note,
                          String uploadedBy, Instant uploadedAt, ExtractionStatus extraction, String extractionReason) {
}
