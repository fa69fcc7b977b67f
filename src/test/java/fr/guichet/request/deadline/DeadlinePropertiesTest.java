package fr.guichet.request.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import fr.guichet.catalog.HolidayCalendar;

/**
 * Properties that must hold for any request, checked by jqwik over generated receipts (2000–2100), zones,
 * calendars, pauses, extension notices and "today"s; a failure is shrunk to a small case and replayed first.
 */
class DeadlinePropertiesTest {

    private static final List<ZoneId> ZONES = Stream
            .of("Europe/Paris", "America/Cayenne", "Indian/Reunion", "America/Martinique", "UTC")
            .map(ZoneId::of).toList();
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2101-01-01T00:00:00Z");

    private static final PublicHolidays HOLIDAYS = PublicHolidays.fromLibrary();
    private static final DeadlineEngine ENGINE = new DeadlineEngine(HOLIDAYS, DeadlinePolicy.DEFAULT);

    /** The most days a final day can roll forward: the longest run of non-working days any calendar has. */
    private static final int LONGEST_NON_WORKING_RUN = longestNonWorkingRun(LocalDate.parse("2000-01-01"),
            LocalDate.parse("2101-12-31"));

    @Example
    void noCalendarHasMoreThanFourNonWorkingDaysInARow() {
        // e.g. Good Friday to Easter Monday in Alsace-Moselle; the bound the properties below rely on.
        assertThat(LONGEST_NON_WORKING_RUN).isEqualTo(4);
    }

    @Property
    void everyDeadlineEndsOnAWorkingDay(@ForAll("requests") DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        assertThat(HOLIDAYS.isWorkingDay(input.calendar(), deadlines.effectiveDue())).isTrue();
        assertThat(HOLIDAYS.isWorkingDay(input.calendar(), deadlines.responseDue())).isTrue();
        assertThat(HOLIDAYS.isWorkingDay(input.calendar(), deadlines.internalTarget())).isTrue();
    }

    @Property
    void theDeadlineIsNeverShorterThanTheShortestMonth(@ForAll("requests") DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        assertThat(deadlines.effectiveDue()).isAfterOrEqualTo(deadlines.receiptDate().plusDays(28));
        assertThat(deadlines.responseDue()).isAfterOrEqualTo(deadlines.receiptDate().plusMonths(1));
    }

    @Property
    void rollingForwardAddsNoMoreThanTheLongestRunOfNonWorkingDays(@ForAll("requests") DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);
        LocalDate receipt = deadlines.receiptDate();
        int paused = deadlines.pausedDays();

        assertThat(deadlines.responseDue())
                .isBeforeOrEqualTo(receipt.plusMonths(1).plusDays(paused + LONGEST_NON_WORKING_RUN));
        assertThat(deadlines.effectiveDue())
                .isBeforeOrEqualTo(receipt.plusMonths(3).plusDays(paused + LONGEST_NON_WORKING_RUN));
    }

    @Property
    void anExtensionNeverShortensTheDeadline(@ForAll("requests") DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        if (deadlines.extendedDue() != null) {
            assertThat(deadlines.extendedDue()).isAfter(deadlines.responseDue());
        }
        assertThat(deadlines.effectiveDue()).isAfterOrEqualTo(deadlines.responseDue());
        assertThat(deadlines.internalTarget()).isBefore(deadlines.effectiveDue());
    }

    @Property
    void statusIsConsistent(@ForAll("requests") DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        assertThat(deadlines.pausedDays())
                .isEqualTo(deadlines.pauses().stream().mapToInt(PauseView::days).sum());
        assertThat(deadlines.daysRemaining() == null).isEqualTo(!input.open());
        if (deadlines.overdue()) {
            assertThat(deadlines.paused()).isFalse();
            assertThat(deadlines.daysRemaining()).isNegative();
        }
    }

    @Property
    void aCountedPauseNeverMakesADeadlineEarlier(@ForAll("requests") DeadlineInput input,
            @ForAll @IntRange(min = 0, max = 5) int requestedAfterReceipt,
            @ForAll @IntRange(min = -1, max = 40) int answeredAfterRequest) {
        // Within five calendar days of receipt is always within five working days: always prompt.
        LocalDate requestedOn = receiptDate(input).plusDays(requestedAfterReceipt);
        List<Pause> pauses = new ArrayList<>(input.pauses());
        pauses.add(pause(requestedOn, answeredAfterRequest));
        Deadlines before = ENGINE.compute(input);
        Deadlines after = ENGINE.compute(new DeadlineInput(input.receivedAt(), input.zone(), input.calendar(), pauses,
                input.extensionNoticeOn(), input.open(), input.today()));

        assertThat(after.pauses().get(pauses.size() - 1).counted()).isTrue();
        assertThat(after.pausedDays()).isGreaterThanOrEqualTo(before.pausedDays());
        assertThat(after.responseDue()).isAfterOrEqualTo(before.responseDue());
        assertThat(after.extensionNoticeDue()).isAfterOrEqualTo(before.extensionNoticeDue());
        assertThat(after.effectiveDue()).isAfterOrEqualTo(before.effectiveDue());
        assertThat(after.internalTarget()).isAfterOrEqualTo(before.internalTarget());
        if (before.extendedDue() != null) {
            assertThat(after.extendedDue()).isAfterOrEqualTo(before.extendedDue());
        }
    }

    /**
     * Receipts from 2000 to 2100 in every zone and calendar, with up to three pauses (prompt and late, answered or
     * open), an extension notice (in time, late or none), still open or answered, and a "today" up to 4 months on.
     */
    @Provide
    Arbitrary<DeadlineInput> requests() {
        Arbitrary<Instant> receivedAt = Arbitraries.longs()
                .between(FROM.getEpochSecond(), UNTIL.getEpochSecond() - 1).map(Instant::ofEpochSecond);
        Arbitrary<List<int[]>> pauses = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(-1, 40)).as((start, answer) -> new int[] {start, answer})
                .list().ofMaxSize(3);
        return Combinators.combine(receivedAt, Arbitraries.of(ZONES), Arbitraries.of(HolidayCalendar.class), pauses,
                Arbitraries.integers().between(0, 45).injectNull(0.33), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 120))
                .as((instant, zone, calendar, pauseOffsets, noticeAfter, open, todayAfter) -> {
                    LocalDate receipt = LocalDate.ofInstant(instant, zone);
                    List<Pause> generated = pauseOffsets.stream()
                            .map(offsets -> pause(receipt.plusDays(offsets[0]), offsets[1])).toList();
                    return new DeadlineInput(instant, zone, calendar, generated,
                            noticeAfter == null ? null : receipt.plusDays(noticeAfter), open,
                            receipt.plusDays(todayAfter));
                });
    }

    /** A pause answered so many days after it was requested; -1 leaves it open. */
    private static Pause pause(LocalDate requestedOn, int answeredAfter) {
        return new Pause(requestedOn, answeredAfter < 0 ? null : requestedOn.plusDays(answeredAfter));
    }

    private static LocalDate receiptDate(DeadlineInput input) {
        return LocalDate.ofInstant(input.receivedAt(), input.zone());
    }

    private static int longestNonWorkingRun(LocalDate from, LocalDate to) {
        int longest = 0;
        for (HolidayCalendar calendar : HolidayCalendar.values()) {
            int run = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                run = HOLIDAYS.isWorkingDay(calendar, day) ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }
}
