package app.convene.indicators;

/** Which way an indicator improves: a higher value is better (jobs placed) or a lower one (a wage gap). */
public enum Direction {
    HIGHER, LOWER
}
