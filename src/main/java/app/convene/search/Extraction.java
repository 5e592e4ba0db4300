package app.convene.search;

import java.util.List;

/**
 * What {@link TextExtractor} read from a file: passages of text (about 1,000 characters, each with the page or
 * slide it starts on, 0 where the format has none), or the reason nothing could be read. {@code truncated}: the
 * text went past the character limit and the rest was left out.
 */
public record Extraction(List<Passage> passages, Failure failure, boolean truncated) {

    public Extraction {
        passages = List.copyOf(passages);
    }

    public static Extraction failed(Failure failure) {
        return new Extraction(List.of(), failure, false);
    }

    public boolean succeeded() {
        return failure == null;
    }

    public int characters() {
        return passages.stream().mapToInt(p -> p.text().length()).sum();
    }

    public record Passage(int page, String text) {
    }

    /** Why no text could be read (the file itself stays saved and downloadable). */
    public enum Failure {
        /** The file is larger than the extraction limit. */
        TOO_LARGE,
        /** Not a kind of file whose text is read (images, for example). */
        UNSUPPORTED,
        /** The file is damaged or not what its type says. */
        CORRUPT,
        /** A password protects the file. */
        ENCRYPTED,
        /** An Office file that unpacks to far more than it holds (a zip bomb) or past the size limits. */
        TOO_COMPLEX,
        /** Reading took longer than the time limit. */
        TIMED_OUT
    }
}
