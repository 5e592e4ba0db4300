package app.convene.library;

/** The language a resource is written in. Labels: {@code library.language.<NAME>}. */
public enum ResourceLanguage {
    EN, ES, OTHER
}
