package app.convene.shared.ui;

import app.convene.shared.ValidationError;
import app.convene.shared.i18n.ConveneI18NProvider;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The choice of the language a person's mail and notices are written in (their profile and their notification
 * settings): saved as soon as it changes, a refusal shown by the select.
 */
public class LanguageSelect extends Select<Locale> {

    private final Consumer<Locale> save;

    /** {@code save} keeps the choice (and may refuse it with a {@link ValidationError}). */
    public LanguageSelect(Consumer<Locale> save) {
        this.save = save;
        setItems(ConveneI18NProvider.LOCALES);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        FieldErrors.manual(this);
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                changed(change.getValue());
            }
        });
    }

    /** Shows the language held now, with the label and help in the page's language. */
    public void show(Locale current) {
        setLabel(getTranslation("notifications.language"));
        setHelperText(getTranslation("notifications.language.help"));
        setValue(current);
    }

    private void changed(Locale chosen) {
        FieldErrors.clear(this);
        try {
            save.accept(chosen);
            Notices.success(getTranslation("notifications.languageSaved", getTranslation("language." + chosen.getLanguage())));
        } catch (ValidationError e) {
            FieldErrors.show(this, getTranslation(e.messageKey(), e.params()));
        }
    }
}
