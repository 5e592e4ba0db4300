package app.convene.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import app.convene.search.internal.FileText;

/**
 * Reads the text inside uploaded files, bounded: at most {@code maxInputBytes} read, at most {@code maxCharacters}
 * kept, at most {@code timeLimit} spent (the work runs on the extractor's own threads and is interrupted when time
 * is up), and Office files opened under POI's zip-bomb guards. Never throws for a bad file: the result says why.
 */
public final class TextExtractor implements AutoCloseable {

    public static final String PDF = FileText.PDF;
    public static final String DOCX = FileText.DOCX;
    public static final String XLSX = FileText.XLSX;
    public static final String PPTX = FileText.PPTX;
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";

    private final long maxInputBytes;
    private final Duration timeLimit;
    private final FileText fileText;
    private final ExecutorService workers;

    public TextExtractor(long maxInputBytes, int maxCharacters, Duration timeLimit, int threads) {
        this.maxInputBytes = maxInputBytes;
        this.timeLimit = timeLimit;
        this.fileText = new FileText(maxCharacters, Math.max(maxInputBytes * 20, 100L * 1024 * 1024));
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("text-extraction-", 0)
                .factory());
    }

    /** Reads {@code content} (which this method does not close) as a file of {@code mediaType}. */
    public Extraction extract(InputStream content, String mediaType) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
        } catch (IOException e) {
            return Extraction.failed(Extraction.Failure.CORRUPT);
        }
        if (bytes.length > maxInputBytes) {
            return Extraction.failed(Extraction.Failure.TOO_LARGE);
        }
        Future<Extraction> reading = workers.submit(() -> fileText.read(bytes, mediaType));
        try {
            return reading.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            reading.cancel(true);
            return Extraction.failed(Extraction.Failure.TIMED_OUT);
        } catch (InterruptedException interrupted) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return Extraction.failed(Extraction.Failure.TIMED_OUT);
        } catch (ExecutionException failed) {
            return Extraction.failed(failed.getCause() instanceof InterruptedIOException
                    ? Extraction.Failure.TIMED_OUT : Extraction.Failure.CORRUPT);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
