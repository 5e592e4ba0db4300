package app.convene.library.ui;

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
}
