package app.convene.convenings;

import app.convene.shared.ValidationError;
import java.util.EnumMap;
import java.util.Map;

/** The accommodations checklist as given: need → optional detail (the language, what else), checked. */
final class Needs {

    private Needs() {
    }

    static Map<Accommodation, String> checked(Map<Accommodation, String> needs) {
        Map<Accommodation, String> checked = new EnumMap<>(Accommodation.class);
        if (needs == null) {
            return checked;
        }
        needs.forEach((need, detail) -> {
            String text = detail == null || detail.isBlank() ? null : detail.strip();
            if (text != null && text.length() > 500) {
                throw new ValidationError("needs", "rsvp.error.tooLong", 500);
            }
            if (need == Accommodation.OTHER && text == null) {
                throw new ValidationError("needs", "rsvp.error.otherDetail");
            }
            checked.put(need, text);
        });
        return checked;
    }
}
