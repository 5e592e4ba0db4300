package app.convene.convenings;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** The dates of a series' occurrences: a first date and a regular interval (e.g. six monthly sessions). */
public final class SeriesDates {

    private SeriesDates() {
    }

    /** {@code count} dates from {@code first}, {@code interval} apart (months keep the day of the month where they can). */
    public static List<LocalDate> every(LocalDate first, int count, Period interval) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(first.plus(interval.multipliedBy(i)));
        }
        return dates;
    }
}
