package app.convene.stakeholders;

/** One cell before protection: its label, how many people are in it, and the sum of their cell keys. */
public record CellInput(String label, long count, long keySum) {
}
