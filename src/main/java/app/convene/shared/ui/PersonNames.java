package app.convene.shared.ui;

import app.convene.shared.FormerMember;
import com.vaadin.flow.component.Component;

/** A person's name as a view shows it: a closed account's label in the reader's language. */
public final class PersonNames {

    private PersonNames() {
    }

    public static String shown(Component on, String name) {
        var former = FormerMember.personIdIn(name);
        return former.isPresent() ? on.getTranslation("person.former", String.valueOf(former.getAsLong())) : name;
    }
}
