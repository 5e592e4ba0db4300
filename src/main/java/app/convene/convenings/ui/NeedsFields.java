package app.convene.convenings.ui;

import app.convene.convenings.Accommodation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;

/** The optional accommodations checklist, with the language, dietary details and "other" in words. */
class NeedsFields extends Div {

    final CheckboxGroup<Accommodation> needs = new CheckboxGroup<>();
    final TextField language = new TextField();
    final TextField dietary = new TextField();
    final TextField other = new TextField();

    NeedsFields(String idPrefix) {
        needs.setLabel(getTranslation("rsvp.part.needs"));
        needs.setItems(Accommodation.values());
        needs.setItemLabelGenerator(a -> getTranslation("accommodation." + a.name()));
        needs.setId(idPrefix + "-needs");
        language.setLabel(getTranslation("rsvp.part.language"));
        language.setId(idPrefix + "-language");
        dietary.setLabel(getTranslation("rsvp.part.dietary"));
        dietary.setId(idPrefix + "-dietary");
        other.setLabel(getTranslation("rsvp.part.other"));
        other.setId(idPrefix + "-other");
        for (TextField field : new TextField[] {language, dietary, other}) {
            field.setMaxLength(500);
            field.setWidthFull();
        }
        add(needs, language, dietary, other);
    }

    /** The needs ticked, each with its words where it has some. */
    Map<Accommodation, String> value() {
        Map<Accommodation, String> chosen = new EnumMap<>(Accommodation.class);
        for (Accommodation need : needs.getValue()) {
            chosen.put(need, switch (need) {
                case INTERPRETATION -> language.getValue();
                case DIETARY -> dietary.getValue();
                case OTHER -> other.getValue();
                default -> null;
            });
        }
        return chosen;
    }
}
