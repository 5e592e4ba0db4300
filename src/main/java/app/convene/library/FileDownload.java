package app.convene.library;

import java.io.InputStream;

/** A version's bytes to send as an attachment: open the stream once and close it. */
public record FileDownload(String fileName, String mediaType, long size, InputStream content) {
}
