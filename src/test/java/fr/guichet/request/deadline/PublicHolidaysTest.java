package fr.guichet.request.deadline;

import static fr.guichet.catalog.HolidayCalendar.ALSACE_MOSELLE;
import static fr.guichet.catalog.HolidayCalendar.GUADELOUPE;
import static fr.guichet.catalog.HolidayCalendar.GUYANE;
import static fr.guichet.catalog.HolidayCalendar.MARTINIQUE;
import static fr.guichet.catalog.HolidayCalendar.MAYOTTE;
import static fr.guichet.catalog.HolidayCalendar.METROPOLITAN;
import static fr.guichet.catalog.HolidayCalendar.REUNION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.guichet.catalog.HolidayCalendar;

/**
 * Pins each calendar's statutory holidays (Code du travail L3133-1, L3134-13, L3422-2), so that a jollyday upgrade
 * that changes its data fails here rather than silently moving deadlines.
 */
class PublicHolidaysTest {

    private static final PublicHolidays HOLIDAYS = PublicHolidays.fromLibrary();

    /** L3133-1, 2026: Easter is 5 April. */
    private static final List<LocalDate> NATIONAL_2026 = dates(
            "2026-01-01", "2026-04-06" /* Easter Monday */, "2026-05-01", "2026-05-08", "2026-05-14" /* Ascension */,
            "2026-05-25" /* Whit Monday */, "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25");

    @Test
    void metropolitanHas_exactlyTheElevenHolidaysOfL3133_1() {
        assertThat(HOLIDAYS.holidays(METROPOLITAN, 2026)).containsExactlyInAnyOrderElementsOf(NATIONAL_2026);
    }

    @Test
    void alsaceMoselleAdds_goodFridayAndSaintStephensDay() {
        assertHolidays2026(ALSACE_MOSELLE, "2026-04-03", "2026-12-26");
    }

    @Test
    void guadeloupeAdds_abolitionOfSlaveryOn27May() {
        assertHolidays2026(GUADELOUPE, "2026-05-27");
    }

    @Test
    void martiniqueAdds_abolitionOfSlaveryOn22May() {
        assertHolidays2026(MARTINIQUE, "2026-05-22");
    }

    @Test
    void guyaneAdds_abolitionOfSlaveryOn10June() {
        assertHolidays2026(GUYANE, "2026-06-10");
    }

    @Test
    void reunionAdds_abolitionOfSlaveryOn20December() {
        assertHolidays2026(REUNION, "2026-12-20");
    }

    @Test
    void mayotteAdds_abolitionOfSlaveryOn27April_andNoReligiousDayOff() {
        // Eid al-Adha (27 May 2026 by jollyday's reckoning) is a day off by collective agreement, not a holiday.
        assertHolidays2026(MAYOTTE, "2026-04-27");
    }

    @ParameterizedTest
    @EnumSource(HolidayCalendar.class)
    void farFutureYearsStillHaveTheEasterDerivedHolidays(HolidayCalendar calendar) {
        // Easter 2100 is 28 March: the calendar is computed, it never runs out.
        assertThat(HOLIDAYS.holidays(calendar, 2100))
                .contains(LocalDate.parse("2100-03-29"), LocalDate.parse("2100-05-06"), LocalDate.parse("2100-05-17"),
                        LocalDate.parse("2100-12-25"));
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays_fridaysAreUnlessAHoliday() {
        assertThat(HOLIDAYS.isWorkingDay(METROPOLITAN, LocalDate.parse("2026-04-03"))).isTrue(); // Good Friday
        assertThat(HOLIDAYS.isWorkingDay(ALSACE_MOSELLE, LocalDate.parse("2026-04-03"))).isFalse();
        assertThat(HOLIDAYS.isWorkingDay(METROPOLITAN, LocalDate.parse("2026-04-04"))).isFalse(); // Saturday
        assertThat(HOLIDAYS.isWorkingDay(METROPOLITAN, LocalDate.parse("2026-04-05"))).isFalse(); // Sunday
        assertThat(HOLIDAYS.isHoliday(METROPOLITAN, LocalDate.parse("2026-04-05"))).isFalse(); // Easter Sunday
        assertThat(HOLIDAYS.isHoliday(METROPOLITAN, LocalDate.parse("2026-05-24"))).isFalse(); // Pentecost Sunday
    }

    @Test
    void nextWorkingDayOnOrAfter_keepsAWorkingDay_andSkipsAHolidayWeekend() {
        assertThat(HOLIDAYS.nextWorkingDayOnOrAfter(METROPOLITAN, LocalDate.parse("2026-04-02")))
                .isEqualTo("2026-04-02");
        assertThat(HOLIDAYS.nextWorkingDayOnOrAfter(ALSACE_MOSELLE, LocalDate.parse("2026-04-03")))
                .isEqualTo("2026-04-07");
    }

    @Test
    void plusWorkingDays_skipsWeekendsAndHolidaysBothWays() {
        LocalDate thursdayBeforeEaster = LocalDate.parse("2026-04-02");
        assertThat(HOLIDAYS.plusWorkingDays(METROPOLITAN, thursdayBeforeEaster, 2)).isEqualTo("2026-04-07");
        assertThat(HOLIDAYS.plusWorkingDays(ALSACE_MOSELLE, thursdayBeforeEaster, 1)).isEqualTo("2026-04-07");
        assertThat(HOLIDAYS.plusWorkingDays(METROPOLITAN, LocalDate.parse("2026-04-07"), -2)).isEqualTo("2026-04-02");
        assertThat(HOLIDAYS.plusWorkingDays(METROPOLITAN, LocalDate.parse("2026-04-04"), 0)).isEqualTo("2026-04-04");
    }

    /** The national holidays plus these, and nothing else. */
    private static void assertHolidays2026(HolidayCalendar calendar, String... extra) {
        List<LocalDate> expected = new ArrayList<>(NATIONAL_2026);
        expected.addAll(dates(extra));
        assertThat(HOLIDAYS.holidays(calendar, 2026)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }
}

