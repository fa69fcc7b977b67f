package fr.guichet.request.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;

import fr.guichet.catalog.HolidayCalendar;

/**
 * Working days per holiday calendar: what the final-day roll-forward (Reg. 1182/71 Art. 3(4)) and the working-day
 * policies count. Holidays are computed per year (movable feasts included) so the calendar never runs out.
 * Thread-safe; each (calendar, year) is computed once.
 */
public final class PublicHolidays {

    private record CalendarYear(HolidayCalendar calendar, int year) {
    }

    private final BiFunction<HolidayCalendar, Integer, Set<LocalDate>> source;
    private final ConcurrentMap<CalendarYear, Set<LocalDate>> cache = new ConcurrentHashMap<>();

    private PublicHolidays(BiFunction<HolidayCalendar, Integer, Set<LocalDate>> source) {
        this.source = source;
    }

    /** Holidays from the jollyday library, filtered to the statutory ones (see {@link JollydayCalendars}). */
    public static PublicHolidays fromLibrary() {
        return new PublicHolidays(new JollydayCalendars()::holidays);
    }

    /** The public holidays of that calendar in that year, in date order. */
    public Set<LocalDate> holidays(HolidayCalendar calendar, int year) {
        return cache.computeIfAbsent(new CalendarYear(calendar, year),
                key -> Collections.unmodifiableSortedSet(new TreeSet<>(source.apply(key.calendar(), key.year()))));
    }

    public boolean isHoliday(HolidayCalendar calendar, LocalDate date) {
        return holidays(calendar, date.getYear()).contains(date);
    }

    /** Not a Saturday, Sunday or public holiday: the days Reg. 1182/71 Art. 3(4) lets a period end on. */
    public boolean isWorkingDay(HolidayCalendar calendar, LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(calendar, date);
    }

    public LocalDate nextWorkingDayOnOrAfter(HolidayCalendar calendar, LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(calendar, day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The date {@code n} working days after {@code date} (before it when {@code n} is negative); {@code date}
     * itself is not counted, and is returned unchanged when {@code n} is 0.
     */
    public LocalDate plusWorkingDays(HolidayCalendar calendar, LocalDate date, int n) {
        int step = Integer.signum(n);
        LocalDate day = date;
        for (int left = Math.abs(n); left > 0;) {
            day = day.plusDays(step);
            if (isWorkingDay(calendar, day)) {
                left--;
            }
        }
        return day;
    }
}
