package app.convene.recommendations.ui;

import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;

/**
 * A one-field form that names something new (a report, a section, a recommendation): the title is
 * required and at most {@value #TITLE_MAX} characters (checked by the binder, then by the service).
 */
class TitleForm extends Div {

    static final int TITLE_MAX = 200;

    /** What the form edits (public: the binder builds it by reflection). */
    public record Title(String title) {
    }

    final TextField title = new TextField();
    final Button add = new Button();
    private final Binder<Title> binder = new Binder<>(Title.class);

    /**
     * @param create  creates the thing with the (checked) title; may throw {@link ValidationError}
     * @param created runs after a successful creation
     */
    TitleForm(String label, String button, Consumer<String> create, Runnable created) {
        title.setLabel(label);
        title.setMaxLength(TITLE_MAX);
        add.setText(button);
        binder.forField(title).asRequired(getTranslation("recommendations.error.required"))
                .withValidator(value -> value.strip().length() <= TITLE_MAX, getTranslation("recommendations.error.tooLong"))
                .bind("title");
        binder.readRecord(new Title(""));
        add.addClickListener(click -> {
            try {
                create.accept(binder.writeRecord().title());
            } catch (ValidationException e) {
                return; // the binder shows the message by the field
            } catch (ValidationError e) {
                FieldErrors.show(title, getTranslation(e.messageKey(), e.params()));
                return;
            }
            binder.readRecord(new Title(""));
            created.run();
        });
        addClassName("cv-inline-form");
        add(title, add);
    }
}
