package app.convene.shared.ui;

/** A page that belongs to one initiative; the header shows the viewer's roles there. */
public interface InitiativeScoped {

    /** The initiative's id once the page has been entered, null before. */
    Long initiativeId();
}
