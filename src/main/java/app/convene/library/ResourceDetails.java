package app.convene.library;

import java.util.List;

/**
 * A resource with every version of it, newest first, its tags, whether the reader may change it (details, tags, a
 * new version) and whether they may remove it (the curators).
 */
public record ResourceDetails(ResourceItem resource, long version, List<VersionItem> versions,
                              List<LibraryTag> tags, boolean mayChange, boolean mayRemove) {
}
