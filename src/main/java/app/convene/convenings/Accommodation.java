package app.convene.convenings;

/** What a person needs to take part. Labels: {@code accommodation.<NAME>}. */
public enum Accommodation {
    INTERPRETATION, CAPTIONING, ASL, WHEELCHAIR, DIETARY, CHILDCARE, OTHER
}
