/**
 * The resource library: files and links of an initiative or one of its workgroups, with every version of a
 * file kept, the initiative's own tags, visibility per resource, safe uploads and authorized downloads. The
 * bytes live behind {@link app.convene.library.BlobStore}; changes for the search index go to an outbox.
 */
@ApplicationModule(displayName = "Library",
        allowedDependencies = {"convenings", "initiatives", "search", "notifications", "security", "shared", "workgroups"})
package app.convene.library;

import org.springframework.modulith.ApplicationModule;
