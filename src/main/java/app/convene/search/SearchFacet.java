package app.convene.search;

/** The dimensions results can be filtered by and counted in. */
public enum SearchFacet {
    TYPE, TAG, LANGUAGE, WORKGROUP;

    /** The dimension's name inside the index. */
    public String dimension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
