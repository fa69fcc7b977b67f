package fr.guichet.request.deadline;

import java.net.URL;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;
import fr.guichet.catalog.HolidayCalendar;

/**
 * Which jollyday configuration gives each calendar exactly the statutory public holidays: Code du travail L3133-1
 * everywhere, plus Good Friday and 26 December in Alsace-Moselle (L3134-13) and the abolition-of-slavery day
 * overseas (L3422-2). Only {@link HolidayType#PUBLIC_HOLIDAY} entries count: jollyday also lists observances.
 * PublicHolidaysTest pins the 2026 set of every calendar, so a library upgrade that changes the data is noticed.
 */
final class JollydayCalendars {

    /** A jollyday calendar and the subdivision path inside it (empty for the whole country). */
    private record Source(HolidayManager manager, String... subdivision) {
    }

    private final Map<HolidayCalendar, Source> sources = new EnumMap<>(HolidayCalendar.class);

    JollydayCalendars() {
        for (HolidayCalendar calendar : HolidayCalendar.values()) {
            sources.put(calendar, sourceOf(calendar));
        }
    }

    Set<LocalDate> holidays(HolidayCalendar calendar, int year) {
        Source source = sources.get(calendar);
        return source.manager().getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, source.subdivision()).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toSet());
    }

    private static Source sourceOf(HolidayCalendar calendar) {
        return switch (calendar) {
            case METROPOLITAN -> new Source(manager(ManagerParameters.create("fr")));
            // Moselle (57); Bas-Rhin (67) and Haut-Rhin (68) carry the same local-law holidays in jollyday.
            case ALSACE_MOSELLE -> new Source(manager(ManagerParameters.create("fr")), "57");
            // The overseas departments are their own ISO 3166 codes in jollyday, not subdivisions of "fr".
            case GUADELOUPE -> new Source(manager(ManagerParameters.create("gp")));
            case MARTINIQUE -> new Source(manager(ManagerParameters.create("mq")));
            case GUYANE -> new Source(manager(ManagerParameters.create("gf")));
            case REUNION -> new Source(manager(ManagerParameters.create("re")));
            // jollyday's "yt" also makes Eid al-Adha a public holiday (a day off under an extended collective
            // agreement, not a statutory holiday); our configuration keeps the statutory list only.
            case MAYOTTE -> new Source(manager(ManagerParameters.create(resource("/holidays/guichet-mayotte.xml"))));
        };
    }

    private static HolidayManager manager(ManagerParameter parameter) {
        return HolidayManager.getInstance(parameter);
    }

    private static URL resource(String path) {
        return Objects.requireNonNull(JollydayCalendars.class.getResource(path), path);
    }
}
