package app.convene.initiatives.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One strategy of a goal, with its optional translation. */
@Embeddable
public class Strategy {

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "text_translation", length = 1000)
    private String translation;

    protected Strategy() {
    }

    public Strategy(String text, String translation) {
        this.text = text;
        this.translation = translation;
    }

    public String getText() { return text; }
    public String getTranslation() { return translation; }
}
