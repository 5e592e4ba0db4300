package app.convene.search.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.extractor.POITextExtractor;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import app.convene.search.Extraction;
import app.convene.search.Extraction.Failure;

/**
 * Reads the text of one file, already in memory and within the size limit: PDF page by page with PDFBox, Word,
 * Excel and PowerPoint (OOXML) with POI under its zip-bomb guards, text and Markdown as UTF-8. Stops at the
 * character budget, and between pages when its thread is interrupted (the time limit).
 */
public final class FileText {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private final int maxCharacters;

    /**
     * @param maxCharacters the most text kept from one file
     * @param maxEntryBytes the most one entry of an Office file may unpack to
     */
    public FileText(int maxCharacters, long maxEntryBytes) {
        this.maxCharacters = maxCharacters;
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxTextSize(Math.max(maxCharacters * 10L, 1_000_000L));
    }

    public Extraction read(byte[] content, String mediaType) throws InterruptedIOException {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        List<Extraction.Passage> passages = new ArrayList<>();
        PassageSplitter splitter = new PassageSplitter(passages, maxCharacters);
        try {
            if (type.equals(PDF)) {
                pdf(content, splitter);
            } else if (type.equals(DOCX) || type.equals(XLSX) || type.equals(PPTX)) {
                office(content, splitter);
            } else if (type.startsWith("text/plain") || type.startsWith("text/markdown")) {
                splitter.add(0, new String(content, StandardCharsets.UTF_8));
            } else {
                return Extraction.failed(Failure.UNSUPPORTED);
            }
        } catch (InterruptedIOException interrupted) {
            throw interrupted;
        } catch (InvalidPasswordException | EncryptedDocumentException encrypted) {
            return Extraction.failed(Failure.ENCRYPTED);
        } catch (IOException | RuntimeException unreadable) {
            return Extraction.failed(isZipLimit(unreadable) ? Failure.TOO_COMPLEX : Failure.CORRUPT);
        }
        return new Extraction(passages, null, splitter.truncated());
    }

    private static void pdf(byte[] content, PassageSplitter splitter) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("time limit");
                }
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (!splitter.add(page, stripper.getText(document))) {
                    return;
                }
            }
        }
    }

    private static void office(byte[] content, PassageSplitter splitter) throws IOException {
        try (POITextExtractor extractor = ExtractorFactory.createExtractor(new ByteArrayInputStream(content))) {
            String text = extractor.getText();
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("time limit");
            }
            splitter.add(0, text);
        }
    }

    /** POI reports its zip-bomb and size guards as plain IO failures; their messages tell them apart. */
    private static boolean isZipLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max allowed overall size")) {
                return true;
            }
        }
        return false;
    }
}
