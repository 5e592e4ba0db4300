package app.convene.shared;

/** A fact a module adds to the start-up report line, e.g. {@code demo-content=loaded}. */
public interface StartupFact {

    String key();

    String value();
}
