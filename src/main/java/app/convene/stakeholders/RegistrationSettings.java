package app.convene.stakeholders;

/**
 * An initiative's public registration as its coordinators set it: {@code open} is what applies now
 * ({@code chosen} when they chose, else the site's default); the text for the Join page in the
 * language the initiative's texts are written in, and its optional Spanish version (either may be null).
 */
public record RegistrationSettings(boolean open, Boolean chosen, String text, String textEs) {

    /** The Join page's text for a reader of that language, or null when there is none. */
    public String textFor(String language) {
        if ("es".equals(language) && textEs != null) {
            return textEs;
        }
        return text;
    }

    /** Whether {@link #textFor} gives the reader the original (not their language's version). */
    public boolean originalFor(String language) {
        return !("es".equals(language) && textEs != null);
    }
}
