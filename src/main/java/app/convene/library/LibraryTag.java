package app.convene.library;

/** A topic tag of the initiative's own taxonomy; {@code group} sorts it under a heading (e.g. "component", "lever"). */
public record LibraryTag(long id, long initiativeId, String name, String group, int position) {
}
