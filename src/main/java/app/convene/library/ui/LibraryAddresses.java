package app.convene.library.ui;

import app.convene.initiatives.InitiativeAddresses;
import app.convene.library.LinkTarget;
import app.convene.workgroups.WorkgroupAddresses;

/** Addresses of the library's pages. */
final class LibraryAddresses {

    private LibraryAddresses() {
    }

    static String library(String slug) {
        return "initiatives/" + slug + "/library";
    }

    static String add(String slug) {
        return library(slug) + "/new";
    }

    static String tags(String slug) {
        return library(slug) + "/tags";
    }

    static String resource(long id) {
        return "library/" + id;
    }

    static String file(long versionId) {
        return "library/files/" + versionId;
    }

    /** The page of what a resource is linked to: the goals on the initiative's page, or the target's own page. */
    static String target(String slug, LinkTarget target) {
        return switch (target.kind()) {
            case GOAL -> InitiativeAddresses.of(slug);
            case WORKGROUP -> WorkgroupAddresses.workgroup(target.id());
            case CONVENING -> "convenings/" + target.id();
            case RECOMMENDATION -> InitiativeAddresses.of(slug, "recommendations", Long.toString(target.id()));
        };
    }
}
