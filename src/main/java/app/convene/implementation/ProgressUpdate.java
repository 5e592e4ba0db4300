package app.convene.implementation;

import java.time.Instant;
import java.time.LocalDate;

/** One dated progress update: the day it reports on, its text, who wrote it and when. */
public record ProgressUpdate(long id, LocalDate on, String text, String author, Instant writtenAt) {
}
