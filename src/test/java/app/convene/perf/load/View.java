package app.convene.perf.load;

/** A page of the scenario: its name in the PERF lines, its route, and a text its UIDL must contain. */
record View(String name, String route, String marker) {
}
