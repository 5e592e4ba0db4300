package app.convene.shared.ui;

import java.util.Optional;
import java.util.function.LongPredicate;

/** The usual {@link InitiativeLink}: a link to a page under the initiative's address, for the readers a check lets through. */
public final class InitiativeLinks {

    private InitiativeLinks() {
    }

    /**
     * @param child    the address under the initiative's page (e.g. {@code "directory"})
     * @param textKey  the i18n key of the link text
     * @param shownFor whether the signed-in reader (or visitor) may use the page, by initiative id
     */
    public static InitiativeLink to(InitiativeLink.Group group, int order, String child, String textKey,
                                    LongPredicate shownFor) {
        return new InitiativeLink() {
            @Override
            public Group group() {
                return group;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Target> target(InitiativeContext initiative) {
                return shownFor.test(initiative.id())
                        ? Optional.of(new Target(initiative.path(child), textKey)) : Optional.empty();
            }
        };
    }
}
