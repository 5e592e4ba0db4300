package app.convene.library;

import java.util.List;

/** A resource with every version of it, newest first, its tags, and whether the reader may add a version or remove it. */
public record ResourceDetails(ResourceItem resource, long version, List<VersionItem> versions,
                              List<LibraryTag> tags, boolean mayChange) {
}
