package app.convene.initiatives;

/**
 * A text as a reader sees it: the translation into the reader's language when there is one, otherwise the
 * original; {@code lang} is the language the text is written in, so a page can mark a fallback with it.
 */
public record LocalText(String text, String lang) {

    static LocalText pick(String original, String translation, String originalLanguage, String translationLanguage,
                          String readerLanguage) {
        if (translationLanguage != null && translationLanguage.equals(readerLanguage) && !blank(translation)) {
            return new LocalText(translation, translationLanguage);
        }
        return blank(original) ? null : new LocalText(original, originalLanguage);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
