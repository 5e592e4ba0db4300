package app.convene.analytics.internal;

/** The SQL condition limiting a table alias to one initiative ({@code :initiative}), or to none for every initiative. */
final class Scope {

    private Scope() {
    }

    static String of(String alias, Long initiativeId) {
        return initiativeId == null ? "true" : alias + ".initiative_id = :initiative";
    }
}
